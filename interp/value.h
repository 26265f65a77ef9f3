// SPDX-License-Identifier: MIT
// interp/value.h: the Value representation and its inline accessors.
//
// A Value is a 16-byte tagged struct: small ints (any int64) and floats are stored unboxed,
// None and bools need no object, everything else points at a heap Obj. This is the only file
// that knows the layout; everyone else uses the accessors below.
//
// Canonical form: an int whose value fits in int64 is ALWAYS a V_INT; a big-int object never
// holds a value in int64 range. Equality and hashing rely on this.
#ifndef KR_VALUE_H
#define KR_VALUE_H

#include "common.h"

typedef struct Obj Obj;

typedef enum {
    V_UNDEF = 0, // "no value": unbound local, empty slot, missing argument, iterator exhausted
    V_EXC,       // failure marker: an exception is pending in vm->exc
    V_NONE,
    V_BOOL,
    V_INT,   // small int (int64)
    V_FLOAT, // double
    V_OBJ,   // heap object
} ValTag;

typedef struct Value {
    uint32_t tag;
    uint32_t pad_;
    union {
        int64_t i;
        double f;
        Obj *o;
    } u;
} Value;

#define VAL_UNDEF ((Value){.tag = V_UNDEF})
#define VAL_EXC ((Value){.tag = V_EXC})
#define VAL_NONE ((Value){.tag = V_NONE})
#define VAL_TRUE ((Value){.tag = V_BOOL, .u.i = 1})
#define VAL_FALSE ((Value){.tag = V_BOOL, .u.i = 0})

#define IS_UNDEF(v) ((v).tag == V_UNDEF)
#define IS_EXC(v) ((v).tag == V_EXC)
#define IS_NONE(v) ((v).tag == V_NONE)
#define IS_BOOL(v) ((v).tag == V_BOOL)
#define IS_INT(v) ((v).tag == V_INT) // small int only; see kr_is_int for any int
#define IS_FLOAT(v) ((v).tag == V_FLOAT)
#define IS_OBJ(v) ((v).tag == V_OBJ)

#define AS_INT(v) ((v).u.i)
#define AS_BOOL(v) ((v).u.i != 0)
#define AS_FLOAT(v) ((v).u.f)
#define AS_OBJ(v) ((v).u.o)

static inline Value kr_int(int64_t i) {
    Value v = {.tag = V_INT};
    v.u.i = i;
    return v;
}
static inline Value kr_float(double d) {
    Value v = {.tag = V_FLOAT};
    v.u.f = d;
    return v;
}
static inline Value kr_bool(bool b) { return b ? VAL_TRUE : VAL_FALSE; }
static inline Value kr_obj(void *o) {
    Value v = {.tag = V_OBJ};
    v.u.o = (Obj *)o;
    return v;
}
// Identity (`is`): same tag and same payload.
static inline bool kr_is(Value a, Value b) {
    if (a.tag != b.tag) {
        return false;
    }
    if (a.tag == V_FLOAT) {
        return memcmp(&a.u.f, &b.u.f, sizeof(double)) == 0;
    }
    return a.u.i == b.u.i || (a.tag <= V_NONE);
}

#endif
