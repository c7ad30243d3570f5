// Learning Web Assembly: "accessing an integer C fixed array from JavaScript", "accessing a C struct from
// JavaScript" and "dynamically creating C structs from JavaScript". No libc: a bump allocator gives JS memory.

#define WASM_EXPORT __attribute__((visibility("default")))

typedef struct {
    int id;
    int age;
    float height;
} Person;

static int numbers[6] = {2, 3, 5, 7, 11, 13};

static Person alice = {1, 42, 1.68f};

extern unsigned char __heap_base;
static unsigned char *heap_top = &__heap_base;

WASM_EXPORT int *get_numbers(void) { return numbers; }

WASM_EXPORT int numbers_length(void) { return sizeof numbers / sizeof numbers[0]; }

WASM_EXPORT Person *get_person(void) { return &alice; }

WASM_EXPORT int sizeof_person(void) { return sizeof(Person); }

// Memory for JS to build structs in (never freed: the page lives as long as the instance).
WASM_EXPORT void *allocate(int size) {
    unsigned char *p = (unsigned char *)(((unsigned long)heap_top + 7) & ~7UL);
    heap_top = p + size;
    return p;
}

// Reads structs that JS wrote into wasm memory.
WASM_EXPORT int total_age(Person *people, int count) {
    int total = 0;
    for (int i = 0; i < count; i++) {
        total += people[i].age;
    }
    return total;
}

WASM_EXPORT float tallest(Person *people, int count) {
    float best = 0;
    for (int i = 0; i < count; i++) {
        if (people[i].height > best) {
            best = people[i].height;
        }
    }
    return best;
}
