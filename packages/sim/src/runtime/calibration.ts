// The cost table's source figures; packages/sim/calibrate/calibrate.py re-measures and overwrites this file.
// These are issue 4's reference figures for CPython 3.11.7 on this machine at low load (countdown iteration
// 60 ns, Thread start+join 0.27 ms, fork+_exit+waitpid 3.4 ms, Process start+join 6.7 ms fork / 190 ms spawn),
// the rest from a calibrate.py run. Three runs under heavy load (load average 18 on 2 cpus) gave medians
// 1.3-4x higher (countdown 78 ns, fork+_exit+waitpid 14 ms, spawn 430 ms): re-run it on a quiet machine.
export const CALIBRATION = {
  countdownIterationNs: 60,
  instructionNs: 7.5,
  pythonCallNs: 45,
  builtinCallNs: 19.31,
  globalAccessNs: 6.9,
  attributeLoadNs: 5,
  listAppendNs: 20,
  lockAcquireReleaseNs: 90,
  sleepZeroNs: 60000,
  getpidNs: 300,
  pipeRoundTripNs: 6000,
  threadStartJoinNs: 270000,
  forkExitWaitpidNs: 3400000,
  processForkStartJoinNs: 6700000,
  processSpawnStartJoinNs: 190000000,
} as const;
