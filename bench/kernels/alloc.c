/* Allocation-heavy workload: binary trees built with a free-list allocator on linear memory that grows with
 * memory.grow as the heap fills (the pattern of malloc-based programs). Returns a checksum of node counts. */
#include "common.h"

typedef struct Node {
    struct Node *left, *right;
    int value;
} Node;

extern unsigned char __heap_base;
static unsigned long heap_top, heap_end;
static Node *free_list;

static void *grab(unsigned long size) {
    if (heap_top == 0) {
        heap_top = (unsigned long) &__heap_base;
        heap_end = __builtin_wasm_memory_size(0) * 65536ul;
    }
    if (heap_top + size > heap_end) {
        unsigned long pages = (heap_top + size - heap_end + 65535) / 65536;
        if (__builtin_wasm_memory_grow(0, pages) == (unsigned long) -1) {
            return 0;
        }
        heap_end += pages * 65536;
    }
    void *p = (void *) heap_top;
    heap_top += size;
    return p;
}

static Node *new_node(Node *l, Node *r, int v) {
    Node *n = free_list;
    if (n) {
        free_list = n->left;
    } else {
        n = grab(sizeof(Node));
    }
    n->left = l;
    n->right = r;
    n->value = v;
    return n;
}

static void release(Node *n) {
    if (!n) return;
    release(n->left);
    release(n->right);
    n->left = free_list;
    free_list = n;
}

static Node *make(int depth, int v) {
    return depth == 0 ? new_node(0, 0, v) : new_node(make(depth - 1, 2 * v), make(depth - 1, 2 * v + 1), v);
}

static int check(Node *n) {
    return n->left ? n->value + check(n->left) - check(n->right) : n->value;
}

EXPORT("run") int run(int maxDepth) {
    int sum = 0;
    Node *longLived = make(maxDepth, 0);
    for (int d = 4; d <= maxDepth; d += 2) {
        int iterations = 1 << (maxDepth - d + 4);
        for (int i = 0; i < iterations; i++) {
            Node *t = make(d, i);
            sum += check(t);
            release(t);
        }
    }
    sum += check(longLived);
    release(longLived);
    return sum + (int) __builtin_wasm_memory_size(0);
}
