// Our own grouping corpus: stack traces per language, written the way each runtime prints them.

export const python = (fn: string, line: number, type = 'ImportError', msg = "cannot import name 'x' from 'app.util'"): string =>
  [
    'Traceback (most recent call last):',
    `  File "/app/main.py", line ${line}, in handler`,
    '    run()',
    `  File "/app/app/service.py", line ${line + 7}, in ${fn}`,
    '    from app.util import x',
    '  File "/usr/local/lib/python3.12/site-packages/flask/app.py", line 880, in full_dispatch_request',
    '    rv = self.dispatch_request()',
    `${type}: ${msg}`,
  ].join('\n');

export const pythonChained = [
  'Traceback (most recent call last):',
  '  File "/app/db.py", line 12, in connect',
  '    sock.connect(addr)',
  'ConnectionRefusedError: [Errno 111] Connection refused',
  '',
  'During handling of the above exception, another exception occurred:',
  '',
  'Traceback (most recent call last):',
  '  File "/app/main.py", line 3, in <module>',
  '    connect()',
  'RuntimeError: database unavailable',
].join('\n');

export const node = (fn: string, line: number, type = 'TypeError', msg = "Cannot read properties of undefined (reading 'id')"): string =>
  [
    `${type}: ${msg}`,
    `    at ${fn} (/srv/app/src/orders.js:${line}:17)`,
    `    at ${fn} (/srv/app/src/orders.js:${line}:17)`,
    '    at Layer.handle [as handle_request] (/srv/app/node_modules/express/lib/router/layer.js:95:5)',
    `    at processTicksAndRejections (node:internal/process/task_queues:${line}:5)`,
    '    at async main (/srv/app/src/index.js:40:3)',
  ].join('\n');

export const java = (method: string, line: number, cause = 'java.lang.NullPointerException'): string =>
  [
    'org.springframework.web.util.NestedServletException: Request processing failed',
    `\tat org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:${line})`,
    '\tat com.acme.api.OrderController.create(OrderController.java:55)',
    `Caused by: ${cause}: order ${line} has no customer`,
    `\tat com.acme.orders.OrderService.${method}(OrderService.java:${line})`,
    '\tat com.acme.api.OrderController.create(OrderController.java:55)',
    '\t... 42 more',
  ].join('\n');

export const go = (fn: string, line: number, msg = 'index out of range [5] with length 3'): string =>
  [
    `panic: runtime error: ${msg}`,
    '',
    'goroutine 1 [running]:',
    `main.${fn}(...)`,
    `\t/app/cmd/server/main.go:${line}`,
    'main.main()',
    `\t/app/cmd/server/main.go:${line + 10} +0x1d`,
    'runtime.main()',
    '\t/usr/local/go/src/runtime/proc.go:250 +0x207',
  ].join('\n');
