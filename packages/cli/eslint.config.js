import base from "@interleave/eslint-config/base";

export default base;
