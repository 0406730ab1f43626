// CPU cost per instruction kind, in nanoseconds (data; to be calibrated against CPython 3.11 by the
// calibration script). Placeholder: CPython's eval loop runs roughly 8 simple instructions per 60 ns.

import { OPCODES, Op } from "../bytecode/opcodes.ts";

const DEFAULT_NS = 7.5;

const OVERRIDES: [number, number][] = [
  [Op.CALL, 40],
  [Op.CALL_FUNCTION_EX, 60],
  [Op.LOAD_GLOBAL, 10],
  [Op.LOAD_ATTR, 12],
  [Op.STORE_ATTR, 12],
  [Op.LOAD_METHOD, 12],
  [Op.BINARY_SUBSCR, 10],
  [Op.STORE_SUBSCR, 12],
  [Op.BUILD_LIST, 15],
  [Op.BUILD_MAP, 20],
  [Op.MAKE_FUNCTION, 30],
  [Op.IMPORT_NAME, 200],
  [Op.FORMAT_VALUE, 30],
  [Op.BUILD_STRING, 20],
];

/** ns per opcode, indexed by opcode number. */
export function instructionCosts(): Float64Array {
  const costs = new Float64Array(OPCODES.length).fill(DEFAULT_NS);
  for (const [op, ns] of OVERRIDES) costs[op] = ns;
  return costs;
}
