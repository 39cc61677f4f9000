// Reads a stack trace (Python, Node.js, Java, Go) into the parts that identify a problem:
// the innermost exception's type and message, and its in-app frames as "file:function",
// without line numbers, library frames dropped, repeated (recursive) frames collapsed.

type Language = 'python' | 'node' | 'java' | 'go';

export interface StackTrace {
  language: Language;
  exceptionType: string;
  message: string;
  /** In-app frames, outermost first; all frames when none is in-app. */
  frames: string[];
}

interface Frame {
  file: string;
  fn: string;
  library: boolean;
}

const PY_FRAME = /^\s*File "([^"]+)", line \d+, in (\S+)/;
const PY_LIBRARY = /site-packages|dist-packages|[/\\]lib[/\\]python\d|^<frozen|^<string>/;
const NODE_FRAME = /^\s*at (?:(?:async )?(.+?) \()?(.+?):\d+:\d+\)?\s*$/;
const NODE_LIBRARY = /node_modules|^node:|^internal[/\\]|^<anonymous>/;
const JAVA_FRAME = /^\s*at ([\w$.<>/]+)\.([\w$<>]+)\(([^)]*)\)/;
const JAVA_LIBRARY =
  /^(?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx|scala|org\.springframework|org\.apache|org\.hibernate|org\.eclipse|com\.google|com\.fasterxml|io\.netty|io\.grpc|reactor|okhttp3|org\.junit)\./;
/** A Go frame's function line: the name, then its argument list ("main.(*Server).handle(0xc0, 0x1)"). */
const GO_FUNC = /^[\w./*()-]+\([^()]*\)$/;
const GO_FILE = /^\s+(\S+\.go):\d+/;
const GO_LIBRARY = /^(?:runtime|net\/http|internal|sync|reflect|syscall)\.|\/go\/pkg\/mod\/|\/usr\/local\/go\/|\/vendor\//;

/** An exception headline: "module.Type: message" or "Type" alone. */
const EXC_LINE =
  /^(?:Caused by: |\[cause\]: |Uncaught |Exception in thread "[^"]*" )?((?:[A-Za-z_$][\w$]*[.])*[A-Za-z_$][\w$]*(?:Error|Exception|Exit|Interrupt|Warning|Failure|Fault|Panic)|Error)(?: \[[\w-]+\])?(?::\s?(.*))?$/;

/** Last two path segments: stable across deploy roots, distinct across packages. */
export function shortFile(path: string): string {
  // What path.split(/[/\\]/).slice(-2).join('/') gives, without the array: a frame at a time, it added up.
  const last = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (last < 0) return path;
  const before = last === 0 ? -1 : Math.max(path.lastIndexOf('/', last - 1), path.lastIndexOf('\\', last - 1));
  return `${path.slice(before + 1, last)}/${path.slice(last + 1)}`;
}

function collapse(frames: Frame[]): string[] {
  const inApp = frames.filter((f) => !f.library);
  const chosen = inApp.length > 0 ? inApp : frames;
  const out: string[] = [];
  for (const f of chosen) {
    const id = `${f.file}:${f.fn}`;
    if (out[out.length - 1] !== id) out.push(id);
  }
  return out;
}

function parsePython(lines: string[]): StackTrace | undefined {
  // Chained tracebacks print the original cause first: that block is the innermost cause.
  const start = lines.findIndex((l) => l.startsWith('Traceback (most recent call last)'));
  if (start < 0) return undefined;
  const frames: Frame[] = [];
  for (let i = start + 1; i < lines.length; i += 1) {
    const m = PY_FRAME.exec(lines[i]);
    if (m) {
      frames.push({ file: shortFile(m[1]), fn: m[2], library: PY_LIBRARY.test(m[1]) });
      continue;
    }
    if (/^\s/.test(lines[i]) || lines[i] === '') continue;
    const exc = EXC_LINE.exec(lines[i].trim()) ?? /^([\w.]+)(?::\s?(.*))?$/.exec(lines[i].trim());
    if (!exc) return undefined;
    return { language: 'python', exceptionType: exc[1], message: exc[2] ?? '', frames: collapse(frames) };
  }
  return undefined;
}

function parseJava(lines: string[]): StackTrace | undefined {
  if (!lines.some((l) => JAVA_FRAME.test(l) && /\.java:|\.kt:|\.scala:|Native Method|Unknown Source/.test(l))) return undefined;
  // The last "Caused by:" block is the innermost cause.
  let head = -1;
  for (let i = 0; i < lines.length; i += 1) {
    const t = lines[i].trim();
    if (EXC_LINE.test(t) && (head < 0 || t.startsWith('Caused by: '))) head = i;
  }
  if (head < 0) return undefined;
  const exc = EXC_LINE.exec(lines[head].trim())!;
  const frames: Frame[] = [];
  for (let i = head + 1; i < lines.length; i += 1) {
    const m = JAVA_FRAME.exec(lines[i]);
    if (!m) {
      if (/^\s*\.\.\. \d+ more/.test(lines[i])) continue;
      if (EXC_LINE.test(lines[i].trim())) break;
      continue;
    }
    frames.push({ file: m[1], fn: m[2], library: JAVA_LIBRARY.test(`${m[1]}.`) });
  }
  // Java prints innermost frames first; keep outermost first like the other languages.
  return { language: 'java', exceptionType: exc[1], message: exc[2] ?? '', frames: collapse(frames.reverse()) };
}

function parseNode(lines: string[]): StackTrace | undefined {
  const first = lines.findIndex((l) => NODE_FRAME.test(l) && !JAVA_FRAME.test(l));
  if (first < 1) return undefined;
  let head = first - 1;
  while (head > 0 && !EXC_LINE.test(lines[head].trim())) head -= 1;
  const exc = EXC_LINE.exec(lines[head].trim());
  // gRPC's "for call at" and Firestore's "Caused by: Error" sections hold the caller's frames: read them all.
  const frames: Frame[] = [];
  for (let i = first; i < lines.length; i += 1) {
    const m = NODE_FRAME.exec(lines[i].replace(/ \{$/, ''));
    if (m) frames.push({ file: shortFile(m[2]), fn: m[1] ?? '<anonymous>', library: NODE_LIBRARY.test(m[2]) });
  }
  return {
    language: 'node',
    exceptionType: exc ? exc[1] : 'Error',
    message: exc ? (exc[2] ?? '') : lines[head].trim(),
    frames: collapse(frames.reverse()),
  };
}

function parseGo(lines: string[]): StackTrace | undefined {
  const panic = lines.findIndex((l) => /^panic: /.test(l));
  const g = lines.findIndex((l) => /^goroutine \d+ \[/.test(l));
  if (g < 0) return undefined;
  const frames: Frame[] = [];
  for (let i = g + 1; i + 1 < lines.length; i += 1) {
    const file = GO_FILE.exec(lines[i + 1]);
    if (!GO_FUNC.test(lines[i]) || !file) continue;
    const fn = lines[i].slice(0, lines[i].lastIndexOf('('));
    frames.push({ file: shortFile(file[1]), fn, library: GO_LIBRARY.test(fn) || GO_LIBRARY.test(file[1]) });
    i += 1;
  }
  const message = panic >= 0 ? lines[panic].slice('panic: '.length).replace(/\s*\[recovered\]$/, '') : '';
  const runtime = /^runtime error: /.exec(message);
  return {
    language: 'go',
    exceptionType: runtime ? 'runtime error' : 'panic',
    message: runtime ? message.slice(runtime[0].length) : message,
    frames: collapse(frames.reverse()),
  };
}

// The last text read: a record's trace is read where its severity is decided, then again where it is signed.
let lastText: string | undefined;
let lastTrace: StackTrace | undefined;

/** The stack trace in a text, when it holds one. The result is shared: read it, do not change it. */
export function parseStack(text: string): StackTrace | undefined {
  if (!text.includes('\n')) return undefined;
  if (text === lastText) return lastTrace;
  const lines = text.split(/\r?\n/);
  lastText = text;
  return (lastTrace = parsePython(lines) ?? parseGo(lines) ?? parseJava(lines) ?? parseNode(lines));
}
