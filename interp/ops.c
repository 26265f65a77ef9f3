// SPDX-License-Identifier: MIT
// interp/ops.c: the abstract object protocol: operators, comparison, hashing, repr/str,
// attributes, items, iteration and truth, dispatching on the Type descriptors.
#include <math.h>
#include <stdio.h>

#include "module.h"
#include "vm.h"

int kr_exc_setattr(KrVm *vm, Value self, Value name, Value v);

const char *kr_typename(Value v) {
    if (IS_EXCOBJ(v)) {
        return AS_STR(AS_EXC(v)->cls->name)->data;
    }
    return kr_type_of(v)->name;
}

static const char *const binop_sym[] = {"+", "-", "*", "/", "//", "%", "**",
                                        "<<", ">>", "&", "|", "^", "@"};
static const char *const binop_isym[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=",
                                         "<<=", ">>=", "&=", "|=", "^=", "@="};

static bool is_seq_for_mul(Value v) {
    return IS_STR(v) || IS_BYTES(v) || IS_BYTEARRAY(v) || IS_LIST(v) || IS_TUPLE(v);
}

static Value binop_error(KrVm *vm, int op, Value a, Value b) {
    int base = op & 15;
    bool inplace = op >= BINOP_INPLACE;
    if (base == BINOP_ADD &&
        (IS_STR(a) || IS_BYTES(a) || IS_BYTEARRAY(a) || IS_LIST(a) || IS_TUPLE(a))) {
        if (IS_BYTES(a) || IS_BYTEARRAY(a)) {
            return kr_raise(vm, EXC_TypeError, "can't concat %s to %s", kr_typename(b),
                            kr_typename(a));
        }
        return kr_raise(vm, EXC_TypeError, "can only concatenate %s (not \"%s\") to %s",
                        kr_typename(a), kr_typename(b), kr_typename(a));
    }
    if (base == BINOP_MUL && (is_seq_for_mul(a) || is_seq_for_mul(b))) {
        Value other = is_seq_for_mul(a) ? b : a;
        if (!(is_seq_for_mul(a) && is_seq_for_mul(b)) || true) {
            return kr_raise(vm, EXC_TypeError, "can't multiply sequence by non-int of type '%s'",
                            kr_typename(other));
        }
    }
    if (base == BINOP_POW && !inplace) {
        return kr_raise(vm, EXC_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                        kr_typename(a), kr_typename(b));
    }
    return kr_raise(vm, EXC_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    inplace ? binop_isym[base] : binop_sym[base], kr_typename(a), kr_typename(b));
}

static bool is_notimpl(KrVm *vm, Value r) { return IS_OBJ(r) && AS_OBJ(r) == AS_OBJ(vm->notimpl); }

// The repeat count of `seq * n`: CPython raises OverflowError (not IndexError) for a huge n.
static int repeat_count(KrVm *vm, Value n, int64_t *k) {
    if (IS_BIGINT(n)) {
        kr_raise(vm, EXC_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return kr_index(vm, n, k);
}

// One side's implementation; NotImplemented when it does not handle the pair.
static Value binop_for(KrVm *vm, int op, Value self, Value a, Value b) {
    int base = op & 15;
    if (kr_is_intlike(self)) {
        if (kr_is_intlike(a) && kr_is_intlike(b)) {
            return kr_int_binop(vm, base, a, b);
        }
        if ((IS_FLOAT(a) || kr_is_intlike(a)) && (IS_FLOAT(b) || kr_is_intlike(b))) {
            return kr_float_binop(vm, base, a, b);
        }
        return vm->notimpl;
    }
    if (IS_FLOAT(self)) {
        if ((IS_FLOAT(a) || kr_is_intlike(a)) && (IS_FLOAT(b) || kr_is_intlike(b))) {
            return kr_float_binop(vm, base, a, b);
        }
        return vm->notimpl;
    }
    if (!IS_OBJ(self)) {
        return vm->notimpl;
    }
    const Type *t = AS_OBJ(self)->type;
    if (t == &kr_type_str) {
        if (base == BINOP_ADD && IS_STR(a) && IS_STR(b)) {
            return kr_str_concat(vm, a, b);
        }
        if (base == BINOP_MUL) {
            Value n = IS_STR(a) ? b : a;
            if (kr_is_intlike(n)) {
                int64_t k;
                if (repeat_count(vm, n, &k) < 0) {
                    return VAL_EXC;
                }
                return kr_str_repeat(vm, self, k);
            }
        }
        if (base == BINOP_MOD && self.u.o == a.u.o && IS_STR(a)) {
            return kr_str_mod(vm, a, b);
        }
        return vm->notimpl;
    }
    if (t == &kr_type_bytes) {
        if (base == BINOP_ADD && IS_BYTES(a) && (IS_BYTES(b) || IS_BYTEARRAY(b))) {
            return kr_bytes_concat(vm, a, b);
        }
        if (base == BINOP_MUL) {
            Value n = IS_BYTES(a) ? b : a;
            if (kr_is_intlike(n)) {
                int64_t k;
                if (repeat_count(vm, n, &k) < 0) {
                    return VAL_EXC;
                }
                return kr_bytes_repeat(vm, self, k);
            }
        }
        if (base == BINOP_MOD && self.u.o == a.u.o && IS_BYTES(a)) {
            return kr_bytes_mod(vm, a, b);
        }
        return vm->notimpl;
    }
    if (t == &kr_type_bytearray) {
        return kr_bytearray_binop(vm, op, a, b);
    }
    if (t == &kr_type_list) {
        return kr_list_binop(vm, op, a, b);
    }
    if (t == &kr_type_tuple) {
        return kr_tuple_binop(vm, op, a, b);
    }
    if (t == &kr_type_set || t == &kr_type_frozenset) {
        return kr_set_binop(vm, op, a, b);
    }
    if (t == &kr_type_dict || t == &kr_type_dict_keys || t == &kr_type_dict_items) {
        return kr_dict_binop(vm, op, a, b);
    }
    if (t == &kr_type_complex) {
        return kr_complex_binop(vm, op, a, b);
    }
    if (t->binop) {
        return t->binop(vm, op, a, b); // module types (collections.Counter, deque)
    }
    return vm->notimpl;
}

Value kr_binop_slot(KrVm *vm, int op, Value self, Value a, Value b);
Value kr_binop_slot(KrVm *vm, int op, Value self, Value a, Value b) {
    return binop_for(vm, op, self, a, b);
}

Value kr_binop(KrVm *vm, int op, Value a, Value b) {
    if (LIKELY(IS_INT(a) && IS_INT(b))) {
        int64_t x = AS_INT(a), y = AS_INT(b), r;
        switch (op & 15) {
        case BINOP_ADD:
            if (!__builtin_add_overflow(x, y, &r)) {
                return kr_int(r);
            }
            break;
        case BINOP_SUB:
            if (!__builtin_sub_overflow(x, y, &r)) {
                return kr_int(r);
            }
            break;
        case BINOP_MUL:
            if (!__builtin_mul_overflow(x, y, &r)) {
                return kr_int(r);
            }
            break;
        default:
            break;
        }
        return kr_int_binop(vm, op & 15, a, b);
    }
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        switch (op & 15) {
        case BINOP_ADD:
            return kr_float(AS_FLOAT(a) + AS_FLOAT(b));
        case BINOP_SUB:
            return kr_float(AS_FLOAT(a) - AS_FLOAT(b));
        case BINOP_MUL:
            return kr_float(AS_FLOAT(a) * AS_FLOAT(b));
        default:
            return kr_float_binop(vm, op & 15, a, b);
        }
    }
    Value r = binop_for(vm, op, a, a, b);
    if (!is_notimpl(vm, r)) {
        return r;
    }
    if (kr_type_of(a) != kr_type_of(b) || !IS_OBJ(a)) {
        r = binop_for(vm, op, b, a, b);
        if (!is_notimpl(vm, r)) {
            return r;
        }
    }
    return binop_error(vm, op, a, b);
}

static Value unary_error(KrVm *vm, const char *sym, Value a) {
    if (IS_OBJ(a) && AS_OBJ(a)->type->binop && *sym != '~') {
        // Module types' unary + and - (Counter): Type.binop with no right operand.
        Value r = AS_OBJ(a)->type->binop(vm, *sym == '-' ? BINOP_SUB : BINOP_ADD, a, VAL_UNDEF);
        if (IS_EXC(r) || !is_notimpl(vm, r)) {
            return r;
        }
    }
    return kr_raise(vm, EXC_TypeError, "bad operand type for unary %s: '%s'", sym, kr_typename(a));
}

Value kr_neg(KrVm *vm, Value a) {
    if (IS_INT(a) && AS_INT(a) != INT64_MIN) {
        return kr_int(-AS_INT(a));
    }
    if (IS_FLOAT(a)) {
        return kr_float(-AS_FLOAT(a));
    }
    if (kr_is_intlike(a)) {
        return kr_int_neg(vm, a);
    }
    if (IS_COMPLEX(a)) {
        return kr_complex_neg(vm, a);
    }
    return unary_error(vm, "-", a);
}

Value kr_pos(KrVm *vm, Value a) {
    if (IS_INT(a) || IS_FLOAT(a) || IS_BIGINT(a) || IS_COMPLEX(a)) {
        return a;
    }
    if (IS_BOOL(a)) {
        return kr_int(AS_BOOL(a));
    }
    return unary_error(vm, "+", a);
}

Value kr_invert(KrVm *vm, Value a) {
    if (IS_INT(a)) {
        return kr_int(~AS_INT(a));
    }
    if (kr_is_intlike(a)) {
        return kr_int_invert(vm, a);
    }
    return unary_error(vm, "~", a);
}

int kr_truthy(KrVm *vm, Value v) {
    switch (v.tag) {
    case V_NONE:
        return 0;
    case V_BOOL:
    case V_INT:
        return v.u.i != 0;
    case V_FLOAT:
        return v.u.f != 0.0;
    case V_OBJ: {
        const Type *t = v.u.o->type;
        if (t == &kr_type_str) {
            return AS_STR(v)->len != 0;
        }
        if (t == &kr_type_list) {
            return AS_LIST(v)->len != 0;
        }
        if (t->truthy) {
            return t->truthy(vm, v);
        }
        if (t->len) {
            int64_t n = t->len(vm, v);
            return n < 0 ? -1 : n != 0;
        }
        return 1;
    }
    default:
        return 0;
    }
}

// ----- Comparison -----

static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};
static const CmpOp cmp_swap[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

static Value cmp_result(CmpOp op, int c) {
    switch (op) {
    case CMP_LT:
        return kr_bool(c < 0);
    case CMP_LE:
        return kr_bool(c <= 0);
    case CMP_EQ:
        return kr_bool(c == 0);
    case CMP_NE:
        return kr_bool(c != 0);
    case CMP_GT:
        return kr_bool(c > 0);
    default:
        return kr_bool(c >= 0);
    }
}

Value kr_compare(KrVm *vm, Value a, Value b, CmpOp op) {
    if (IS_INT(a) && IS_INT(b)) {
        int64_t x = AS_INT(a), y = AS_INT(b);
        return cmp_result(op, (x > y) - (x < y));
    }
    if (IS_FLOAT(a) && IS_FLOAT(b)) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        switch (op) {
        case CMP_LT:
            return kr_bool(x < y);
        case CMP_LE:
            return kr_bool(x <= y);
        case CMP_EQ:
            return kr_bool(x == y);
        case CMP_NE:
            return kr_bool(x != y);
        case CMP_GT:
            return kr_bool(x > y);
        default:
            return kr_bool(x >= y);
        }
    }
    if (IS_STR(a) && IS_STR(b)) {
        Str *x = AS_STR(a), *y = AS_STR(b);
        if (op == CMP_EQ || op == CMP_NE) {
            bool eq = x == y || kr_str_eq(x, y);
            return kr_bool(op == CMP_EQ ? eq : !eq);
        }
        size_t n = (size_t)(x->len < y->len ? x->len : y->len);
        int c = memcmp(x->data, y->data, n);
        if (c == 0) {
            c = (x->len > y->len) - (x->len < y->len);
        }
        return cmp_result(op, c);
    }
    if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
        return kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded in comparison");
    }
    vm->c_depth++;
    const Type *ta = kr_type_of(a), *tb = kr_type_of(b);
    Value r = vm->notimpl;
    // bool compares as int; int/float mixes are handled by both numeric richcmps.
    if (ta->richcmp) {
        r = ta->richcmp(vm, a, b, op);
    }
    if (!IS_EXC(r) && is_notimpl(vm, r) && tb->richcmp && (tb != ta || true)) {
        r = tb->richcmp(vm, b, a, cmp_swap[op]);
    }
    vm->c_depth--;
    if (IS_EXC(r) || !is_notimpl(vm, r)) {
        return r;
    }
    if (op == CMP_EQ) {
        return kr_bool(kr_is(a, b));
    }
    if (op == CMP_NE) {
        return kr_bool(!kr_is(a, b));
    }
    return kr_raise(vm, EXC_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_sym[op], kr_typename(a), kr_typename(b));
}

int kr_eq(KrVm *vm, Value a, Value b) {
    if (kr_is(a, b)) {
        return 1;
    }
    if (IS_INT(a) && IS_INT(b)) {
        return 0;
    }
    if (IS_STR(a) && IS_STR(b)) {
        return kr_str_eq(AS_STR(a), AS_STR(b));
    }
    Value r = kr_compare(vm, a, b, CMP_EQ);
    if (IS_EXC(r)) {
        return -1;
    }
    return kr_truthy(vm, r);
}

int kr_lt(KrVm *vm, Value a, Value b) {
    if (IS_INT(a) && IS_INT(b)) {
        return AS_INT(a) < AS_INT(b);
    }
    Value r = kr_compare(vm, a, b, CMP_LT);
    if (IS_EXC(r)) {
        return -1;
    }
    if (IS_BOOL(r)) {
        return AS_BOOL(r);
    }
    return kr_truthy(vm, r);
}

// ----- Hashing -----

int kr_hash(KrVm *vm, Value v, int64_t *out) {
    switch (v.tag) {
    case V_INT:
        *out = kr_int_hash(v);
        return 0;
    case V_BOOL:
        *out = AS_BOOL(v);
        return 0;
    case V_FLOAT:
        *out = kr_float_hash(AS_FLOAT(v));
        return 0;
    case V_NONE:
        *out = 0x5f3759df;
        return 0;
    case V_OBJ:
        break;
    default:
        *out = 0;
        return 0;
    }
    const Type *t = AS_OBJ(v)->type;
    if (t == &kr_type_str) {
        *out = kr_str_hash(vm, AS_STR(v));
        return 0;
    }
    switch (t->id) {
    case TY_LIST:
    case TY_DICT:
    case TY_SET:
    case TY_SLICE:
    case TY_DICT_KEYS:
    case TY_DICT_VALUES:
    case TY_DICT_ITEMS:
    case TY_BYTEARRAY:
        kr_raise(vm, EXC_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    default:
        break;
    }
    if (t->hash) {
        if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
            kr_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded while calling a Python object");
            return -1;
        }
        vm->c_depth++;
        int r = t->hash(vm, v, out);
        vm->c_depth--;
        return r;
    }
    uint64_t h = (uint64_t)(uintptr_t)AS_OBJ(v);
    *out = (int64_t)((h >> 4) | (h << 60));
    if (*out == -1) {
        *out = -2;
    }
    return 0;
}

// ----- repr / str -----

Value kr_repr(KrVm *vm, Value v) {
    switch (v.tag) {
    case V_NONE:
        return kr_str_intern(vm, "None", 4);
    case V_BOOL:
        return AS_BOOL(v) ? kr_str_intern(vm, "True", 4) : kr_str_intern(vm, "False", 5);
    case V_INT:
        return kr_int_repr(vm, v);
    case V_FLOAT:
        return kr_float_repr(vm, AS_FLOAT(v));
    case V_OBJ:
        break;
    default:
        return kr_str_from_cstr(vm, "<undefined>");
    }
    const Type *t = AS_OBJ(v)->type;
    if (t->repr) {
        if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
            return kr_raise(vm, EXC_RecursionError,
                            "maximum recursion depth exceeded while getting the repr of an object");
        }
        vm->c_depth++;
        Value r = t->repr(vm, v);
        vm->c_depth--;
        return r;
    }
    char buf[96];
    snprintf(buf, sizeof buf, "<%s object at 0x%llx>", kr_typename(v),
             (unsigned long long)(uintptr_t)AS_OBJ(v));
    return kr_str_from_cstr(vm, buf);
}

Value kr_str(KrVm *vm, Value v) {
    if (IS_STR(v)) {
        return v;
    }
    if (IS_OBJ(v) && AS_OBJ(v)->type->str) {
        if (vm->c_depth >= vm->cfg.limits.max_c_depth) {
            return kr_raise(vm, EXC_RecursionError,
                            "maximum recursion depth exceeded while calling a Python object");
        }
        vm->c_depth++;
        Value r = AS_OBJ(v)->type->str(vm, v);
        vm->c_depth--;
        return r;
    }
    return kr_repr(vm, v);
}

Value kr_ascii(KrVm *vm, Value v) {
    Value r = kr_repr(vm, v);
    if (IS_EXC(r)) {
        return r;
    }
    Str *s = AS_STR(r);
    if (s->nchars == s->len) {
        return r;
    }
    StrBuf sb;
    kr_sb_init(&sb, vm);
    const char *p = s->data, *end = s->data + s->len;
    char buf[16];
    while (p < end) {
        size_t adv;
        uint32_t cp = kr_utf8_decode(p, &adv);
        p += adv;
        int rc;
        if (cp < 0x80) {
            rc = kr_sb_addc(&sb, (char)cp);
        } else {
            if (cp < 0x100) {
                snprintf(buf, sizeof buf, "\\x%02x", cp);
            } else if (cp < 0x10000) {
                snprintf(buf, sizeof buf, "\\u%04x", cp);
            } else {
                snprintf(buf, sizeof buf, "\\U%08x", cp);
            }
            rc = kr_sb_adds(&sb, buf);
        }
        if (rc < 0) {
            kr_sb_free(&sb);
            return VAL_EXC;
        }
    }
    return kr_sb_to_str(&sb);
}

Value kr_format(KrVm *vm, Value v, Value spec) {
    const char *sp = "";
    size_t n = 0;
    if (IS_STR(spec)) {
        sp = AS_STR(spec)->data;
        n = (size_t)AS_STR(spec)->len;
    }
    if (kr_is_intlike(v)) {
        if (IS_BOOL(v) && n == 0) {
            return kr_str(vm, v);
        }
        return kr_format_int(vm, v, sp, n);
    }
    if (IS_FLOAT(v)) {
        return kr_format_float(vm, AS_FLOAT(v), sp, n);
    }
    if (IS_STR(v)) {
        return kr_format_str(vm, v, sp, n);
    }
    if (IS_COMPLEX(v)) {
        return kr_format_complex(vm, AS_COMPLEX(v)->real, AS_COMPLEX(v)->imag, sp, n);
    }
    if (n == 0) {
        return kr_str(vm, v);
    }
    return kr_raise(vm, EXC_TypeError, "unsupported format string passed to %s.__format__",
                    kr_typename(v));
}

// ----- Attributes -----

static const GetSetDef *find_getset(const Type *t, const char *name) {
    for (const GetSetDef *g = t->getset; g && g->name; g++) {
        if (strcmp(g->name, name) == 0) {
            return g;
        }
    }
    return NULL;
}

static Value bind_class_attr(KrVm *vm, Value attr, Value obj, TypeObj *cls, bool on_class) {
    if (IS_OBJ(attr) && AS_OBJ(attr)->type == &kr_type_builtin) {
        NativeObj *n = (NativeObj *)AS_OBJ(attr);
        if (IS_UNDEF(n->self)) {
            if (n->def->flags & NATIVE_STATIC) {
                return attr;
            }
            if (n->def->flags & NATIVE_CLASS) {
                return kr_native_new(vm, n->def, kr_obj(cls), n->owner);
            }
            if (on_class) {
                return attr;
            }
            return kr_native_new(vm, n->def, obj, n->owner);
        }
        return attr;
    }
    if (!on_class && IS_OBJ(attr) && AS_OBJ(attr)->type == &kr_type_function) {
        return kr_method_new(vm, attr, obj);
    }
    return attr;
}

Value kr_getattr_opt(KrVm *vm, Value obj, Value name) {
    if (IS_EXC(name)) {
        return VAL_EXC; // callers may pass kr_str_intern(...) unchecked: its failure propagates
    }
    Str *ns = AS_STR(name);
    const Type *t = kr_type_of(obj);
    if (t == &kr_type_module) {
        Module *m = (Module *)AS_OBJ(obj);
        Value v = kr_dict_get_str(vm, m->dict, ns);
        if (!IS_UNDEF(v)) {
            return v;
        }
    }
    if (t == &kr_type_type) {
        TypeObj *cls = AS_TYPEOBJ(obj);
        const GetSetDef *g = find_getset(t, ns->data);
        if (g) {
            return g->get(vm, obj);
        }
        Value v = kr_class_getattr(vm, cls, name);
        if (IS_EXC(v)) {
            return VAL_EXC;
        }
        if (!IS_UNDEF(v)) {
            return bind_class_attr(vm, v, obj, cls, true);
        }
        if (strcmp(ns->data, "__class__") == 0) {
            return kr_obj(vm->classes[TY_TYPE]);
        }
        if (strcmp(ns->data, "__doc__") == 0) {
            return VAL_NONE;
        }
        return VAL_UNDEF;
    }
    const GetSetDef *g = find_getset(t, ns->data);
    if (g) {
        Value r = g->get(vm, obj);
        if (IS_EXC(r) && t == &kr_type_exception && kr_exc_pending_is(vm, EXC_AttributeError)) {
            // e.g. `value` on a non-StopIteration: fall back to instance attributes
            Value saved = kr_exc_take(vm);
            Value v = kr_exc_getattr(vm, obj, name);
            if (!IS_UNDEF(v)) {
                return v;
            }
            vm->exc = saved;
        }
        return r;
    }
    if (t == &kr_type_exception) {
        Value v = kr_exc_getattr(vm, obj, name);
        if (!IS_UNDEF(v)) {
            return v;
        }
    }
    if (t == &kr_type_function) {
        FuncObj *f = (FuncObj *)AS_OBJ(obj);
        if (IS_DICT(f->dict)) {
            Value v = kr_dict_get_str(vm, AS_DICT(f->dict), ns);
            if (!IS_UNDEF(v)) {
                return v;
            }
        }
    }
    TypeObj *cls = kr_class_of(vm, obj);
    Value v = kr_class_getattr(vm, cls, name);
    if (IS_EXC(v)) {
        return VAL_EXC;
    }
    if (!IS_UNDEF(v)) {
        return bind_class_attr(vm, v, obj, cls, false);
    }
    if (strcmp(ns->data, "__class__") == 0) {
        return kr_obj(cls);
    }
    if (strcmp(ns->data, "__doc__") == 0 && t != &kr_type_module) {
        return VAL_NONE;
    }
    return VAL_UNDEF;
}

Value kr_getattr(KrVm *vm, Value obj, Value name) {
    Value v = kr_getattr_opt(vm, obj, name);
    if (!IS_UNDEF(v)) {
        return v;
    }
    const Type *t = kr_type_of(obj);
    if (t == &kr_type_module) {
        kr_raise(vm, EXC_AttributeError, "module '%U' has no attribute '%U'",
                 ((Module *)AS_OBJ(obj))->name, name);
        kr_exc_set_hint(vm, vm->exc, obj, name);
        return VAL_EXC;
    }
    if (t == &kr_type_type) {
        // CPython prints tp_name: "itertools.count" for a C type of a module; classes written
        // in Python (json.decoder.JSONDecodeError, re.error) have their bare name.
        TypeObj *cls = AS_TYPEOBJ(obj);
        const char *mod = kr_class_module(cls);
        if (mod && cls->kind != &kr_type_exception) {
            kr_raise(vm, EXC_AttributeError, "type object '%s.%U' has no attribute '%U'", mod,
                     cls->name, name);
        } else {
            kr_raise(vm, EXC_AttributeError, "type object '%U' has no attribute '%U'", cls->name,
                     name);
        }
        kr_exc_set_hint(vm, vm->exc, obj, name);
        return VAL_EXC;
    }
    kr_raise(vm, EXC_AttributeError, "'%s' object has no attribute '%U'", kr_typename(obj), name);
    kr_exc_set_hint(vm, vm->exc, obj, name);
    return VAL_EXC;
}

int kr_setattr(KrVm *vm, Value obj, Value name, Value v) {
    if (IS_EXC(name)) {
        return -1; // the name could not be made (out of memory)
    }
    const Type *t = kr_type_of(obj);
    if (t == &kr_type_module) {
        Module *m = (Module *)AS_OBJ(obj);
        if (IS_UNDEF(v)) {
            int r = kr_dict_del(vm, m->dict, name);
            if (r == 1) {
                kr_raise(vm, EXC_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
                return -1;
            }
            return r;
        }
        return kr_dict_set(vm, m->dict, name, v);
    }
    if (t == &kr_type_function) {
        FuncObj *f = (FuncObj *)AS_OBJ(obj);
        if (IS_UNDEF(f->dict)) {
            Dict *d = kr_dict_new(vm);
            if (!d) {
                return -1;
            }
            f->dict = kr_obj(d);
        }
        if (IS_UNDEF(v)) {
            int r = kr_dict_del(vm, AS_DICT(f->dict), name);
            if (r == 1) {
                kr_raise(vm, EXC_AttributeError, "'function' object has no attribute '%U'", name);
                return -1;
            }
            return r;
        }
        return kr_dict_set(vm, AS_DICT(f->dict), name, v);
    }
    if (t == &kr_type_exception && !IS_UNDEF(v)) {
        int r = kr_exc_setattr(vm, obj, name, v);
        if (r != 0) {
            return r < 0 ? -1 : 0;
        }
    }
    if (t == &kr_type_type) {
        kr_raise(vm, EXC_TypeError,
                 "cannot set '%U' attribute of immutable type '%U'", name, AS_TYPEOBJ(obj)->name);
        return -1;
    }
    if (t->setattr) {
        int r = t->setattr(vm, obj, name, v); // module types' writable attributes
        if (r <= 0) {
            return r;
        }
    }
    Value cattr = kr_class_getattr(vm, kr_class_of(vm, obj), name);
    if (IS_EXC(cattr)) {
        return -1;
    }
    if (find_getset(t, AS_STR(name)->data) || !IS_UNDEF(cattr)) {
        if (find_getset(t, AS_STR(name)->data) && (t == &kr_type_range || t == &kr_type_slice || t == &kr_type_complex)) {
            kr_raise(vm, EXC_AttributeError, "readonly attribute");
        } else if (find_getset(t, AS_STR(name)->data)) {
            kr_raise(vm, EXC_AttributeError, "attribute '%U' of '%s' objects is not writable", name,
                     kr_typename(obj));
        } else {
            kr_raise(vm, EXC_AttributeError, "'%s' object attribute '%U' is read-only",
                     kr_typename(obj), name);
        }
        return -1;
    }
    kr_raise(vm, EXC_AttributeError, "'%s' object has no attribute '%U'", kr_typename(obj), name);
    return -1;
}

// ----- Items -----

Value kr_getitem(KrVm *vm, Value obj, Value key) {
    const Type *t = kr_type_of(obj);
    if (t->getitem) {
        return t->getitem(vm, obj, key);
    }
    if (t == &kr_type_type) {
        return kr_raise(vm, EXC_TypeError, "type '%U' is not subscriptable", AS_TYPEOBJ(obj)->name);
    }
    return kr_raise(vm, EXC_TypeError, "'%s' object is not subscriptable", kr_typename(obj));
}

int kr_setitem(KrVm *vm, Value obj, Value key, Value v) {
    const Type *t = kr_type_of(obj);
    if (t->setitem) {
        return t->setitem(vm, obj, key, v);
    }
    kr_raise(vm, EXC_TypeError, "'%s' object does not support item assignment", kr_typename(obj));
    return -1;
}

int kr_delitem(KrVm *vm, Value obj, Value key) {
    const Type *t = kr_type_of(obj);
    if (t->setitem) {
        return t->setitem(vm, obj, key, VAL_UNDEF);
    }
    if (t->getitem || t->contains || t->len) {
        kr_raise(vm, EXC_TypeError, "'%s' object doesn't support item deletion", kr_typename(obj));
    } else {
        kr_raise(vm, EXC_TypeError, "'%s' object does not support item deletion", kr_typename(obj));
    }
    return -1;
}

int kr_contains(KrVm *vm, Value container, Value v) {
    const Type *t = kr_type_of(container);
    if (t->contains) {
        return t->contains(vm, container, v);
    }
    if (!t->iter) {
        kr_raise(vm, EXC_TypeError, "argument of type '%s' is not iterable",
                 kr_typename(container));
        return -1;
    }
    Value it = kr_iter(vm, container);
    if (IS_EXC(it) || kr_scope_hold(vm, it) < 0) {
        return -1;
    }
    for (;;) {
        Value x = kr_next(vm, it);
        if (IS_EXC(x)) {
            return -1;
        }
        if (IS_UNDEF(x)) {
            return 0;
        }
        int r = kr_eq(vm, x, v);
        if (r != 0) {
            return r;
        }
        if (kr_tick(vm, 1) < 0) {
            return -1;
        }
    }
}

Value kr_iter(KrVm *vm, Value v) {
    const Type *t = kr_type_of(v);
    if (t->iter) {
        return t->iter(vm, v);
    }
    if (t == &kr_type_type) {
        return kr_raise(vm, EXC_TypeError, "'type' object is not iterable");
    }
    return kr_raise(vm, EXC_TypeError, "'%s' object is not iterable", kr_typename(v));
}

Value kr_next(KrVm *vm, Value it) {
    const Type *t = kr_type_of(it);
    if (t->next) {
        return t->next(vm, it);
    }
    return kr_raise(vm, EXC_TypeError, "'%s' object is not an iterator", kr_typename(it));
}

int64_t kr_len(KrVm *vm, Value v) {
    const Type *t = kr_type_of(v);
    if (t == &kr_type_str) {
        return AS_STR(v)->nchars;
    }
    if (t->len) {
        return t->len(vm, v);
    }
    kr_raise(vm, EXC_TypeError, "object of type '%s' has no len()", kr_typename(v));
    return -1;
}

int kr_index(KrVm *vm, Value v, int64_t *out) {
    if (IS_INT(v) || IS_BOOL(v)) {
        *out = v.u.i;
        return 0;
    }
    if (IS_BIGINT(v)) {
        kr_raise(vm, EXC_IndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    kr_raise(vm, EXC_TypeError, "'%s' object cannot be interpreted as an integer", kr_typename(v));
    return -1;
}

bool kr_isinstance_type(KrVm *vm, Value v, TypeObj *cls) {
    return kr_class_is_subclass(kr_class_of(vm, v), cls);
}
