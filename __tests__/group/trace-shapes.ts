// Stack traces as each runtime documents and prints them, for the reassembly and grouping tests.

/** grpc-js error from a Firestore call: head, library frames, "for call at", "Caused by: Error", util.inspect properties. */
export const nodeGrpc = (doc = 'users/abc'): string =>
  [
    `Error: 5 NOT_FOUND: No document to update: projects/p/databases/(default)/documents/${doc}`,
    '    at callErrorFromStatus (/workspace/node_modules/@grpc/grpc-js/build/src/call.js:31:19)',
    '    at Object.onReceiveStatus (/workspace/node_modules/@grpc/grpc-js/build/src/client.js:193:76)',
    '    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)',
    'for call at',
    '    at ServiceClientImpl.makeUnaryRequest (/workspace/node_modules/@grpc/grpc-js/build/src/client.js:163:32)',
    '    at /workspace/node_modules/google-gax/build/src/normalCalls/timeout.js:44:16',
    'Caused by: Error',
    '    at WriteBatch.commit (/workspace/node_modules/@google-cloud/firestore/build/src/write-batch.js:432:23)',
    '    at DocumentReference.update (/workspace/node_modules/@google-cloud/firestore/build/src/reference.js:433:14)',
    '    at updateProfile (/workspace/src/profile.js:42:8)',
    '    at /workspace/index.js:27:11 {',
    '  code: 5,',
    `  details: 'No document to update: projects/p/databases/(default)/documents/${doc}',`,
    '  metadata: Metadata {',
    "    internalRepr: Map(1) { 'x-debug-tracking-id' => [Array] },",
    '    options: {}',
    '  },',
    "  note: 'Exception occurred in retry method that was not classified as transient'",
    '}',
  ].join('\n');

/** An error with a cause (Node >= 16.14 prints "[cause]" inside the properties block). */
export const nodeCause = [
  'Error: failed to load config',
  '    at loadConfig (/app/src/config.js:12:11)',
  '    at main (/app/src/index.js:5:3) {',
  "  [cause]: Error: ENOENT: no such file or directory, open '/app/config.json'",
  '      at Object.openSync (node:fs:573:18)',
  '      at loadConfig (/app/src/config.js:9:5) {',
  '    errno: -2,',
  "    code: 'ENOENT',",
  "    syscall: 'open',",
  "    path: '/app/config.json'",
  '  }',
  '}',
].join('\n');

/** An uncaught exception: where it was thrown, the source line, a caret, the error, the Node version. */
export const nodeUncaught = [
  '/app/src/index.js:14',
  "    throw new TypeError('bad input');",
  '    ^',
  '',
  'TypeError: bad input',
  '    at main (/app/src/index.js:14:11)',
  '    at Object.<anonymous> (/app/src/index.js:20:1)',
  '    at Module._compile (node:internal/modules/cjs/loader:1554:14)',
  '',
  'Node.js v22.14.0',
].join('\n');

export const nodeTypeError = (n = 1): string =>
  [
    "TypeError: Cannot read properties of undefined (reading 'total')",
    `    at priceOrder (/srv/app/src/pricing.js:${20 + n}:31)`,
    '    at async handler (/srv/app/src/routes/orders.js:12:5)',
  ].join('\n');

export const javaUncaught = [
  'Exception in thread "main" java.lang.IllegalStateException: cannot start',
  '\tat com.example.App.start(App.java:42)',
  '\tat com.example.App.main(App.java:10)',
  'Caused by: java.io.FileNotFoundException: /etc/app.conf (No such file or directory)',
  '\tat java.base/java.io.FileInputStream.open0(Native Method)',
  '\tat java.base/java.io.FileInputStream.open(FileInputStream.java:216)',
  '\tat com.example.Config.load(Config.java:17)',
  '\t... 2 more',
].join('\n');

export const goNil = [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1b2c]',
  '',
  'goroutine 1 [running]:',
  'main.(*Store).Get(0x0, {0x5d1e2f, 0x3})',
  '\t/app/store.go:27 +0x2c',
  'main.main()',
  '\t/app/main.go:14 +0x4b',
  'exit status 2',
].join('\n');
