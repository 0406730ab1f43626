// os (NATIVES.md): fork, pipes, waitpid/wait, _exit, kill, pids and cpu_count. Pipe reads and waits
// block the thread; every operation another process can observe runs at the caller's virtual time.

import { SimulatorError } from "../api.ts";
import { pyError, typeError } from "../vm/exceptions.ts";
import { PyBytes, None, PyTuple, PyDict, type PyModule, type PyValue, type VmContext } from "../vm/values.ts";
import { OpenFile, Pipe } from "../runtime/files.ts";
import type { Process } from "../runtime/process.ts";
import { argsByName, block, interProcess, intArg, makeModule, oserror, processOf, type Kwargs } from "./support.ts";

const WNOHANG = 1;
const SIGKILL = 9;
const SIGTERM = 15;

function badFd(): never {
  return oserror(9, "Bad file descriptor");
}

function noChild(): never {
  return oserror(10, "No child processes", "ChildProcessError");
}

function pipe(vm: VmContext): PyValue {
  const process = processOf(vm);
  const shared = new Pipe();
  const readFd = process.fds.open(new OpenFile(shared, "read"));
  const writeFd = process.fds.open(new OpenFile(shared, "write"));
  process.advance(process.machine.costs.syscallNs);
  return new PyTuple([readFd, writeFd]);
}

function take(pipe: Pipe, n: number): PyBytes {
  return new PyBytes(Uint8Array.from(pipe.data.splice(0, n)));
}

function read(vm: VmContext, fdArg: PyValue | undefined, nArg: PyValue | undefined): PyValue {
  const process = processOf(vm);
  const fd = intArg(fdArg, "fd");
  const n = intArg(nArg, "n");
  const file = process.fds.files.get(fd);
  if (!file || file.end !== "read") return badFd();
  process.advance(process.machine.costs.pipeIoNs);
  const shared = file.pipe;
  return readAttempt(shared, n)() ?? block(vm, { reason: `read fd ${fd}`, on: shared, deadline: Infinity, attemptOn: (on) => readAttempt(on as Pipe, n) });
}

/** Up to `n` bytes from the pipe, empty bytes at end-of-file, or undefined while it is empty. */
function readAttempt(pipe: Pipe, n: number): () => PyValue | undefined {
  return () => (pipe.data.length > 0 ? take(pipe, n) : pipe.writers === 0 ? new PyBytes(new Uint8Array()) : undefined);
}

function write(vm: VmContext, fdArg: PyValue | undefined, data: PyValue | undefined): PyValue {
  const process = processOf(vm);
  const fd = intArg(fdArg, "fd");
  if (!(data instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${data === undefined ? "NoneType" : typeof data}'`);
  const file = process.fds.files.get(fd);
  if (!file || file.end !== "write") return badFd();
  const shared = file.pipe;
  if (shared.readers === 0) return oserror(32, "Broken pipe", "BrokenPipeError");
  process.advance(process.machine.costs.pipeIoNs);
  for (const byte of data.bytes) shared.data.push(byte);
  process.machine.trace.record(process.current, { kind: "syscall", name: "write", detail: `fd ${fd}, ${data.bytes.length} bytes` }, process.nowNs());
  process.machine.wake(shared, process.nowNs());
  return data.bytes.length;
}

function close(vm: VmContext, fdArg: PyValue | undefined): PyValue {
  const process = processOf(vm);
  const file = process.fds.close(intArg(fdArg, "fd"));
  if (!file) return badFd();
  process.advance(process.machine.costs.syscallNs);
  // Only the last close of an end is seen by another process (end-of-file, a broken pipe).
  if (file.pipe.readers === 0 || file.pipe.writers === 0) process.machine.interProcessOps++;
  process.machine.wake(file.pipe, process.nowNs());
  return None;
}

/** Reaps `child` (a zombie): its (pid, status) for waitpid. */
function reap(child: Process): PyTuple {
  child.status = "reaped";
  const status = child.signal ? child.signal : ((child.exitCode ?? 0) & 0xff) << 8;
  return new PyTuple([child.pid, status]);
}

function waitFor(vm: VmContext, pid: number, options: number): PyValue {
  const process = processOf(vm);
  if (waitCandidates(process, pid).length === 0) return noChild();
  process.advance(process.machine.costs.waitpidNs);
  const now = waitAttempt(process, pid)();
  if (now !== undefined) return now;
  if (options & WNOHANG) return new PyTuple([0, 0]);
  return block(vm, { reason: pid > 0 ? `waitpid ${pid}` : "wait", on: process, deadline: Infinity, attemptOn: (on) => waitAttempt(on as Process, pid) });
}

/** `process`'s children not reaped yet that waitpid(`pid`) waits for. */
function waitCandidates(process: Process, pid: number): Process[] {
  const children = [...process.children].map((p) => process.machine.processByPid(p) as Process).filter((p) => p.status !== "reaped");
  return children.filter((c) => pid <= 0 || c.pid === pid);
}

/** Reaps a finished child waitpid(`pid`) waits for, or undefined while none has finished. */
function waitAttempt(process: Process, pid: number): () => PyValue | undefined {
  return () => {
    const zombie = waitCandidates(process, pid).find((c) => c.status === "zombie");
    return zombie ? reap(zombie) : undefined;
  };
}

function kill(vm: VmContext, pidArg: PyValue | undefined, sigArg: PyValue | undefined): PyValue {
  const process = processOf(vm);
  const target = process.machine.processByPid(intArg(pidArg, "pid"));
  const sig = intArg(sigArg, "signal");
  if (!target || target.status !== "running") return oserror(3, "No such process", "ProcessLookupError");
  if (sig !== SIGTERM && sig !== SIGKILL) throw new SimulatorError(`os.kill with signal ${sig} is not supported`);
  target.signal = sig;
  process.machine.exitProcess(target, -sig, false);
  return None;
}

function registerAtFork(vm: VmContext, args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length > 0) throw typeError("register_at_fork() takes no positional arguments");
  const [before, child, parent] = argsByName("register_at_fork", ["before", "after_in_child", "after_in_parent"], [], kwargs);
  const given = [before, child, parent].filter((f) => f !== undefined && f !== None);
  if (given.length === 0) throw typeError("At least one argument is required.");
  const hooks = processOf(vm).atFork;
  if (before !== undefined && before !== None) hooks.before.push(before);
  if (child !== undefined && child !== None) hooks.child.push(child);
  if (parent !== undefined && parent !== None) hooks.parent.push(parent);
  return None;
}

export function osModule(): PyModule {
  const module = makeModule("os", [
    ["fork", interProcess((vm) => {
      const process = processOf(vm);
      return process.machine.fork(process);
    })],
    ["register_at_fork", registerAtFork],
    ["pipe", pipe],
    ["read", interProcess((vm, [fd, n]) => read(vm, fd, n))],
    ["write", interProcess((vm, [fd, data]) => write(vm, fd, data))],
    ["close", (vm, [fd]) => close(vm, fd)],
    ["set_inheritable", () => None],
    ["get_inheritable", () => false],
    ["getpid", (vm) => processOf(vm).pid],
    ["getppid", (vm) => processOf(vm).ppid],
    ["waitpid", interProcess((vm, [pid, options]) => waitFor(vm, intArg(pid, "pid"), intArg(options ?? 0, "options")))],
    ["wait", interProcess((vm) => waitFor(vm, -1, 0))],
    ["waitstatus_to_exitcode", (_vm, [status]) => {
      const value = intArg(status, "status");
      return value & 0x7f ? -(value & 0x7f) : value >> 8;
    }],
    ["_exit", (vm, [code]) => {
      const process = processOf(vm);
      process.machine.exitProcess(process, intArg(code, "n"), false);
      process.current.vm.blocked = true;
      return None;
    }],
    ["kill", interProcess((vm, [pid, sig]) => kill(vm, pid, sig))],
    ["cpu_count", (vm) => processOf(vm).machine.config.cores],
    ["getenv", (_vm, [, fallback]) => fallback ?? None],
    ["WNOHANG", WNOHANG],
    ["sep", "/"],
    ["name", "posix"],
  ]);
  module.dict.set("environ", new PyDict());
  void pyError;
  return module;
}

export function signalModule(): PyModule {
  return makeModule("signal", [["SIGTERM", SIGTERM], ["SIGKILL", SIGKILL]]);
}
