/* A bytecode interpreter with a switch-dispatch loop (the br_table-heavy shape of real interpreters).
 * The program computes sum over i < n of (i * i) mod 1009 with a few stack ops per iteration. */
#include "common.h"

enum { PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, DUP, JNZ, JMP, LT, HALT, POP, INC };

static int code[64];
static int stack[64];
static int vars[8];

static int build(int n) {
    int pc = 0;
    /* v0 = i, v1 = acc, v2 = n */
    code[pc++] = PUSH; code[pc++] = 0; code[pc++] = STORE; code[pc++] = 0;
    code[pc++] = PUSH; code[pc++] = 0; code[pc++] = STORE; code[pc++] = 1;
    code[pc++] = PUSH; code[pc++] = n; code[pc++] = STORE; code[pc++] = 2;
    int loop = pc;
    code[pc++] = LOAD; code[pc++] = 0; code[pc++] = DUP; code[pc++] = MUL;
    code[pc++] = PUSH; code[pc++] = 1009; code[pc++] = MOD;
    code[pc++] = LOAD; code[pc++] = 1; code[pc++] = ADD; code[pc++] = STORE; code[pc++] = 1;
    code[pc++] = INC; code[pc++] = 0;
    code[pc++] = LOAD; code[pc++] = 0; code[pc++] = LOAD; code[pc++] = 2; code[pc++] = LT;
    code[pc++] = JNZ; code[pc++] = loop;
    code[pc++] = LOAD; code[pc++] = 1; code[pc++] = HALT;
    return pc;
}

static int execute(void) {
    int pc = 0, sp = 0;
    for (;;) {
        switch (code[pc++]) {
            case PUSH: stack[sp++] = code[pc++]; break;
            case LOAD: stack[sp++] = vars[code[pc++]]; break;
            case STORE: vars[code[pc++]] = stack[--sp]; break;
            case ADD: sp--; stack[sp - 1] += stack[sp]; break;
            case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
            case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
            case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
            case DUP: stack[sp] = stack[sp - 1]; sp++; break;
            case JNZ: if (stack[--sp]) pc = code[pc]; else pc++; break;
            case JMP: pc = code[pc]; break;
            case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
            case POP: sp--; break;
            case INC: vars[code[pc++]]++; break;
            case HALT: return stack[sp - 1];
            default: return -1;
        }
    }
}

EXPORT("run") int run(int n) {
    build(n);
    return execute();
}
