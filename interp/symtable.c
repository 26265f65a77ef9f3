// SPDX-License-Identifier: MIT
// interp/symtable.c: scope analysis: local / global / nonlocal / cell / free.
//
// Mirrors CPython 3.11's Python/symtable.c: one pass records every name's definition flags per
// scope (module, function, lambda, comprehension: each comprehension is a function scope whose
// outermost iterable is evaluated in the enclosing scope), then analysis resolves each symbol.
// Instead of CPython's bound/free/global sets passed down the tree, a free name is resolved by
// walking up the parent chain, which gives the same answers: the first enclosing function that
// binds it makes it FREE here (and CELL there, FREE in every scope in between); an enclosing
// `global` declaration or reaching the module makes it an implicit global.
// Classes and async are rejected here with NotImplementedError naming the construct.
#include "symtable.h"

#include "state.h"

// ----- small helpers -----
static uint32_t hash_name(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h = (h ^ (uint8_t)*s) * 16777619u;
    }
    return h;
}

static void *st_alloc(SymTable *st, size_t size) {
    void *p = kr_arena_alloc(st->arena, size);
    if (p == NULL && IS_UNDEF(st->vm->exc)) {
        kr_raise_nomem(st->vm);
    }
    return p;
}

// Grow an arena array (copying; the arena frees everything at once).
static void *grow(SymTable *st, void *old, int32_t n, int32_t *cap, size_t elem) {
    int32_t ncap = *cap ? *cap * 2 : 8;
    void *p = st_alloc(st, (size_t)ncap * elem);
    if (p == NULL) {
        return NULL;
    }
    if (n) {
        memcpy(p, old, (size_t)n * elem);
    }
    *cap = ncap;
    return p;
}

static int st_error(SymTable *st, Loc loc, const char *fmt, const char *name) {
    return kr_compile_error(st->vm, st->cs, EXC_SyntaxError, loc, fmt, name);
}

static int not_supported(SymTable *st, const char *what) {
    kr_raise(st->vm, EXC_NotImplementedError, "%s", what);
    return -1;
}

static int enter_depth(SymTable *st) {
    if (++st->vm->c_depth > st->vm->cfg.limits.max_c_depth) {
        st->vm->c_depth--;
        kr_raise(st->vm, EXC_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    return 0;
}

// ----- symbols -----
Symbol *kr_symtable_find(Scope *s, const char *name) {
    if (s->capindex == 0) {
        return NULL;
    }
    uint32_t h = hash_name(name);
    uint32_t mask = (uint32_t)s->capindex - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        int32_t k = s->index[i];
        if (k < 0) {
            return NULL;
        }
        if (s->syms[k].hash == h && strcmp(s->syms[k].name, name) == 0) {
            return &s->syms[k];
        }
    }
}

static int reindex(SymTable *st, Scope *s) {
    int32_t cap = s->capindex ? s->capindex * 2 : 16;
    int32_t *idx = st_alloc(st, (size_t)cap * sizeof(int32_t));
    if (idx == NULL) {
        return -1;
    }
    memset(idx, 0xff, (size_t)cap * sizeof(int32_t));
    uint32_t mask = (uint32_t)cap - 1;
    for (int32_t k = 0; k < s->nsyms; k++) {
        uint32_t i = s->syms[k].hash & mask;
        while (idx[i] >= 0) {
            i = (i + 1) & mask;
        }
        idx[i] = k;
    }
    s->index = idx;
    s->capindex = cap;
    return 0;
}

// Find or create [name] in [s]. NULL on OOM.
static Symbol *sym_get(SymTable *st, Scope *s, const char *name) {
    Symbol *sym = kr_symtable_find(s, name);
    if (sym) {
        return sym;
    }
    if (s->nsyms == s->capsyms) {
        Symbol *ns = grow(st, s->syms, s->nsyms, &s->capsyms, sizeof(Symbol));
        if (ns == NULL) {
            return NULL;
        }
        s->syms = ns;
    }
    if ((s->nsyms + 1) * 2 > s->capindex && reindex(st, s) < 0) {
        return NULL;
    }
    sym = &s->syms[s->nsyms];
    memset(sym, 0, sizeof(*sym));
    sym->name = name;
    sym->hash = hash_name(name);
    uint32_t mask = (uint32_t)s->capindex - 1;
    uint32_t i = sym->hash & mask;
    while (s->index[i] >= 0) {
        i = (i + 1) & mask;
    }
    s->index[i] = s->nsyms++;
    return sym;
}

static int add_def_in(SymTable *st, Scope *s, const char *name, int flag, Loc loc) {
    Symbol *sym = sym_get(st, s, name);
    if (sym == NULL) {
        return -1;
    }
    if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM)) {
        return st_error(st, loc, "duplicate argument '%s' in function definition", name);
    }
    int val = sym->flags | flag;
    if (s->comp_iter_target) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
            return st_error(st, loc,
                            "comprehension inner loop cannot rebind assignment expression target "
                            "'%s'",
                            name);
        }
        val |= DEF_COMP_ITER;
    }
    sym->flags = val;
    if (flag & DEF_PARAM) {
        if (s->nparams == s->capparams) {
            const char **np = grow(st, s->params, s->nparams, &s->capparams, sizeof(char *));
            if (np == NULL) {
                return -1;
            }
            s->params = np;
        }
        s->params[s->nparams++] = name;
    } else if ((flag & DEF_GLOBAL) && s != st->top) {
        // CPython also records explicit globals in the module's table.
        Symbol *g = sym_get(st, st->top, name);
        if (g == NULL) {
            return -1;
        }
        g->flags |= flag;
    }
    return 0;
}

static int add_def(SymTable *st, const char *name, int flag, Loc loc) {
    return add_def_in(st, st->cur, name, flag, loc);
}

static void record_directive(Scope *s, const char *name, Loc loc) {
    Symbol *sym = kr_symtable_find(s, name);
    if (sym && !sym->has_dir) {
        sym->has_dir = true;
        sym->dirloc = loc;
    }
}

// ----- scopes -----
static int map_put(SymTable *st, Scope *s) {
    if ((st->mapn + 1) * 2 > st->mapcap) {
        int32_t cap = st->mapcap ? st->mapcap * 2 : 16;
        Scope **m = st_alloc(st, (size_t)cap * sizeof(Scope *));
        if (m == NULL) {
            return -1;
        }
        for (int32_t i = 0; i < st->mapcap; i++) {
            Scope *e = st->map[i];
            if (e) {
                uint32_t j = (uint32_t)(((uintptr_t)e->node >> 4) * 2654435761u) & (uint32_t)(cap - 1);
                while (m[j]) {
                    j = (j + 1) & (uint32_t)(cap - 1);
                }
                m[j] = e;
            }
        }
        st->map = m;
        st->mapcap = cap;
    }
    uint32_t mask = (uint32_t)st->mapcap - 1;
    uint32_t j = (uint32_t)(((uintptr_t)s->node >> 4) * 2654435761u) & mask;
    while (st->map[j]) {
        j = (j + 1) & mask;
    }
    st->map[j] = s;
    st->mapn++;
    return 0;
}

Scope *kr_symtable_scope(SymTable *st, const void *node) {
    if (st->mapcap == 0) {
        return NULL;
    }
    uint32_t mask = (uint32_t)st->mapcap - 1;
    for (uint32_t j = (uint32_t)(((uintptr_t)node >> 4) * 2654435761u) & mask; st->map[j];
         j = (j + 1) & mask) {
        if (st->map[j]->node == node) {
            return st->map[j];
        }
    }
    return NULL;
}

static Scope *enter_scope(SymTable *st, ScopeKind kind, const char *name, const void *node, Loc loc) {
    Scope *s = st_alloc(st, sizeof(Scope));
    if (s == NULL) {
        return NULL;
    }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->loc = loc;
    s->parent = st->cur;
    if (st->cur) {
        s->nested = st->cur->nested || st->cur->kind != SCOPE_MODULE;
    }
    if (node && map_put(st, s) < 0) {
        return NULL;
    }
    if (st->last_all) {
        st->last_all->next_all = s;
    }
    st->last_all = s;
    st->cur = s;
    return s;
}

static void exit_scope(SymTable *st) { st->cur = st->cur->parent; }

// ----- visitors -----
static int visit_expr(SymTable *st, Expr *e);
static int visit_stmts(SymTable *st, StmtList *l);

static int visit_exprs(SymTable *st, ExprList *l) {
    for (int32_t i = 0; i < l->n; i++) {
        if (l->items[i] && visit_expr(st, l->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_annotation(SymTable *st, Expr *e) {
    if (e == NULL || st->future_annotations) {
        return 0;
    }
    return visit_expr(st, e);
}

static int visit_arg_annotations(SymTable *st, ArgList *l) {
    for (int32_t i = 0; i < l->n; i++) {
        if (visit_annotation(st, l->items[i]->annotation) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_annotations(SymTable *st, Arguments *a, Expr *returns) {
    if (visit_arg_annotations(st, &a->posonlyargs) < 0 || visit_arg_annotations(st, &a->args) < 0) {
        return -1;
    }
    if (a->vararg && visit_annotation(st, a->vararg->annotation) < 0) {
        return -1;
    }
    if (a->kwarg && visit_annotation(st, a->kwarg->annotation) < 0) {
        return -1;
    }
    if (visit_arg_annotations(st, &a->kwonlyargs) < 0) {
        return -1;
    }
    return visit_annotation(st, returns);
}

static int visit_params(SymTable *st, ArgList *l) {
    for (int32_t i = 0; i < l->n; i++) {
        if (add_def(st, l->items[i]->arg, DEF_PARAM, l->items[i]->loc) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_arguments(SymTable *st, Arguments *a) {
    if (visit_params(st, &a->posonlyargs) < 0 || visit_params(st, &a->args) < 0 ||
        visit_params(st, &a->kwonlyargs) < 0) {
        return -1;
    }
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, DEF_PARAM, a->vararg->loc) < 0) {
            return -1;
        }
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, DEF_PARAM, a->kwarg->loc) < 0) {
            return -1;
        }
        st->cur->varkeywords = true;
    }
    return 0;
}

static int visit_defaults(SymTable *st, Arguments *a) {
    if (visit_exprs(st, &a->defaults) < 0) {
        return -1;
    }
    return visit_exprs(st, &a->kw_defaults); // NULL items skipped
}

static const char *comp_name(CompKind k) {
    switch (k) {
    case COMP_LIST:
        return "<listcomp>";
    case COMP_SET:
        return "<setcomp>";
    case COMP_DICT:
        return "<dictcomp>";
    default:
        return "<genexp>";
    }
}

static int visit_comprehension(SymTable *st, Comprehension *lc) {
    if (lc->is_async) {
        return not_supported(st, "async functions are not supported yet");
    }
    st->cur->comp_iter_target = true;
    int r = visit_expr(st, lc->target);
    st->cur->comp_iter_target = false;
    if (r < 0) {
        return -1;
    }
    st->cur->comp_iter_expr++;
    r = visit_expr(st, lc->iter);
    st->cur->comp_iter_expr--;
    if (r < 0) {
        return -1;
    }
    return visit_exprs(st, &lc->ifs);
}

static int handle_comprehension(SymTable *st, Expr *e, CompKind kind) {
    Comprehension *outer = e->u.comp.generators.items[0];
    if (outer->is_async) {
        return not_supported(st, "async functions are not supported yet");
    }
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, outer->iter);
    st->cur->comp_iter_expr--;
    if (r < 0) {
        return -1;
    }
    Scope *s = enter_scope(st, SCOPE_COMP, comp_name(kind), e, e->loc);
    if (s == NULL) {
        return -1;
    }
    s->comp = kind;
    if (add_def(st, ".0", DEF_PARAM, e->loc) < 0) {
        return -1;
    }
    s->comp_iter_target = true;
    r = visit_expr(st, outer->target);
    s->comp_iter_target = false;
    if (r < 0 || visit_exprs(st, &outer->ifs) < 0) {
        return -1;
    }
    for (int32_t i = 1; i < e->u.comp.generators.n; i++) {
        if (visit_comprehension(st, e->u.comp.generators.items[i]) < 0) {
            return -1;
        }
    }
    if (e->u.comp.value && visit_expr(st, e->u.comp.value) < 0) {
        return -1;
    }
    if (visit_expr(st, e->u.comp.elt) < 0) {
        return -1;
    }
    s->generator = kind == COMP_GENEXP;
    exit_scope(st);
    return 0;
}

// A walrus inside a comprehension binds in the nearest enclosing function (or module) scope.
static int extend_namedexpr_scope(SymTable *st, Expr *target) {
    const char *name = target->u.name.id;
    for (Scope *s = st->cur; s; s = s->parent) {
        if (s->kind == SCOPE_COMP) {
            Symbol *sym = kr_symtable_find(s, name);
            if (sym && (sym->flags & DEF_COMP_ITER)) {
                return st_error(st, target->loc,
                                "assignment expression cannot rebind comprehension iteration "
                                "variable '%s'",
                                name);
            }
            continue;
        }
        if (s->kind == SCOPE_FUNCTION || s->kind == SCOPE_LAMBDA) {
            Symbol *sym = kr_symtable_find(s, name);
            int flag = (sym && (sym->flags & DEF_GLOBAL)) ? DEF_GLOBAL : DEF_NONLOCAL;
            if (add_def(st, name, flag, target->loc) < 0) {
                return -1;
            }
            record_directive(st->cur, name, target->loc);
            return add_def_in(st, s, name, DEF_LOCAL, target->loc);
        }
        // module
        if (add_def(st, name, DEF_GLOBAL, target->loc) < 0) {
            return -1;
        }
        record_directive(st->cur, name, target->loc);
        return add_def_in(st, s, name, DEF_GLOBAL, target->loc);
    }
    return 0;
}

static int visit_expr_inner(SymTable *st, Expr *e) {
    switch (e->kind) {
    case E_BoolOp:
        return visit_exprs(st, &e->u.boolop.values);
    case E_NamedExpr:
        if (st->cur->comp_iter_expr > 0) {
            return st_error(st, e->loc,
                            "assignment expression cannot be used in a comprehension iterable "
                            "expression",
                            NULL);
        }
        if (st->cur->kind == SCOPE_COMP && extend_namedexpr_scope(st, e->u.namedexpr.target) < 0) {
            return -1;
        }
        if (visit_expr(st, e->u.namedexpr.value) < 0) {
            return -1;
        }
        return visit_expr(st, e->u.namedexpr.target);
    case E_BinOp:
        // Left-nested chains iteratively (long `a + b + ...` must not hit the depth limit).
        for (; e->kind == E_BinOp; e = e->u.binop.left) {
            if (visit_expr(st, e->u.binop.right) < 0) {
                return -1;
            }
        }
        return visit_expr(st, e);
    case E_UnaryOp:
        return visit_expr(st, e->u.unaryop.operand);
    case E_Lambda: {
        if (visit_defaults(st, e->u.lambda.args) < 0) {
            return -1;
        }
        if (enter_scope(st, SCOPE_LAMBDA, "<lambda>", e, e->loc) == NULL) {
            return -1;
        }
        if (visit_arguments(st, e->u.lambda.args) < 0 || visit_expr(st, e->u.lambda.body) < 0) {
            return -1;
        }
        exit_scope(st);
        return 0;
    }
    case E_IfExp:
        if (visit_expr(st, e->u.ifexp.test) < 0 || visit_expr(st, e->u.ifexp.body) < 0) {
            return -1;
        }
        return visit_expr(st, e->u.ifexp.orelse);
    case E_Dict:
        if (visit_exprs(st, &e->u.dict.keys) < 0) {
            return -1;
        }
        return visit_exprs(st, &e->u.dict.values);
    case E_Set:
        return visit_exprs(st, &e->u.set.elts);
    case E_ListComp:
        return handle_comprehension(st, e, COMP_LIST);
    case E_SetComp:
        return handle_comprehension(st, e, COMP_SET);
    case E_DictComp:
        return handle_comprehension(st, e, COMP_DICT);
    case E_GeneratorExp:
        return handle_comprehension(st, e, COMP_GENEXP);
    case E_Yield:
    case E_YieldFrom:
        if (e->u.yield.value && visit_expr(st, e->u.yield.value) < 0) {
            return -1;
        }
        st->cur->generator = true;
        if (st->cur->kind == SCOPE_COMP) {
            CompKind k = st->cur->comp;
            return st_error(st, e->loc,
                            k == COMP_LIST  ? "'yield' inside list comprehension"
                            : k == COMP_SET ? "'yield' inside set comprehension"
                            : k == COMP_DICT ? "'yield' inside dict comprehension"
                                             : "'yield' inside generator expression",
                            NULL);
        }
        return 0;
    case E_Await:
        return visit_expr(st, e->u.yield.value);
    case E_Compare:
        if (visit_expr(st, e->u.compare.left) < 0) {
            return -1;
        }
        return visit_exprs(st, &e->u.compare.comparators);
    case E_Call:
        if (visit_expr(st, e->u.call.func) < 0 || visit_exprs(st, &e->u.call.args) < 0) {
            return -1;
        }
        for (int32_t i = 0; i < e->u.call.keywords.n; i++) {
            if (visit_expr(st, e->u.call.keywords.items[i]->value) < 0) {
                return -1;
            }
        }
        return 0;
    case E_FormattedValue:
        if (visit_expr(st, e->u.formatted.value) < 0) {
            return -1;
        }
        if (e->u.formatted.format_spec) {
            return visit_expr(st, e->u.formatted.format_spec);
        }
        return 0;
    case E_JoinedStr:
        return visit_exprs(st, &e->u.joinedstr.values);
    case E_Constant:
        return 0;
    case E_Attribute:
        return visit_expr(st, e->u.attribute.value);
    case E_Subscript:
        if (visit_expr(st, e->u.subscript.value) < 0) {
            return -1;
        }
        return visit_expr(st, e->u.subscript.slice);
    case E_Starred:
        return visit_expr(st, e->u.starred.value);
    case E_Slice:
        if (e->u.slice.lower && visit_expr(st, e->u.slice.lower) < 0) {
            return -1;
        }
        if (e->u.slice.upper && visit_expr(st, e->u.slice.upper) < 0) {
            return -1;
        }
        if (e->u.slice.step && visit_expr(st, e->u.slice.step) < 0) {
            return -1;
        }
        return 0;
    case E_Name:
        return add_def(st, e->u.name.id, e->u.name.ctx == CTX_LOAD ? DEF_USE : DEF_LOCAL, e->loc);
    case E_List:
    case E_Tuple:
        return visit_exprs(st, &e->u.seq.elts);
    }
    return 0;
}

static int visit_expr(SymTable *st, Expr *e) {
    if (enter_depth(st) < 0) {
        return -1;
    }
    int r = visit_expr_inner(st, e);
    st->vm->c_depth--;
    return r;
}

static int visit_alias(SymTable *st, Alias *a) {
    if (strcmp(a->name, "*") == 0) {
        if (st->cur->kind != SCOPE_MODULE) {
            return st_error(st, a->loc, "import * only allowed at module level", NULL);
        }
        return 0;
    }
    const char *store = a->asname;
    if (store == NULL) {
        const char *dot = strchr(a->name, '.');
        store = a->name;
        if (dot) {
            store = kr_arena_strdup(st->arena, a->name, (size_t)(dot - a->name));
            if (store == NULL) {
                kr_raise_nomem(st->vm);
                return -1;
            }
        }
    }
    return add_def(st, store, DEF_IMPORT, a->loc);
}

// Capture names bind in the current scope; value patterns and class names are reads.
static int visit_pattern(SymTable *st, Pattern *p);

static int visit_patterns(SymTable *st, PatternList *l) {
    for (int32_t i = 0; i < l->n; i++) {
        if (visit_pattern(st, l->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int visit_pattern_inner(SymTable *st, Pattern *p) {
    switch (p->kind) {
    case P_MatchValue:
        return visit_expr(st, p->value);
    case P_MatchSingleton:
        return 0;
    case P_MatchSequence:
    case P_MatchOr:
        return visit_patterns(st, &p->patterns);
    case P_MatchStar:
        return p->name ? add_def(st, p->name, DEF_LOCAL, p->loc) : 0;
    case P_MatchMapping:
        for (int32_t i = 0; i < p->keys.n; i++) {
            if (p->keys.items[i] && visit_expr(st, p->keys.items[i]) < 0) {
                return -1;
            }
        }
        if (visit_patterns(st, &p->patterns) < 0) {
            return -1;
        }
        return p->name ? add_def(st, p->name, DEF_LOCAL, p->loc) : 0;
    case P_MatchClass:
        if (visit_expr(st, p->value) < 0 || visit_patterns(st, &p->patterns) < 0) {
            return -1;
        }
        return visit_patterns(st, &p->kwd_patterns);
    case P_MatchAs:
        if (p->pattern && visit_pattern(st, p->pattern) < 0) {
            return -1;
        }
        return p->name ? add_def(st, p->name, DEF_LOCAL, p->loc) : 0;
    }
    return 0;
}

static int visit_pattern(SymTable *st, Pattern *p) {
    if (enter_depth(st) < 0) {
        return -1;
    }
    int r = visit_pattern_inner(st, p);
    st->vm->c_depth--;
    return r;
}

static int visit_global(SymTable *st, Stmt *s, bool nonlocal) {
    NameList *names = &s->u.global.names;
    for (int32_t i = 0; i < names->n; i++) {
        const char *name = names->items[i];
        Symbol *sym = kr_symtable_find(st->cur, name);
        int cur = sym ? sym->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            const char *msg;
            if (cur & DEF_PARAM) {
                msg = nonlocal ? "name '%s' is parameter and nonlocal" : "name '%s' is parameter and global";
            } else if (cur & DEF_USE) {
                msg = nonlocal ? "name '%s' is used prior to nonlocal declaration"
                               : "name '%s' is used prior to global declaration";
            } else if (cur & DEF_ANNOT) {
                msg = nonlocal ? "annotated name '%s' can't be nonlocal" : "annotated name '%s' can't be global";
            } else {
                msg = nonlocal ? "name '%s' is assigned to before nonlocal declaration"
                               : "name '%s' is assigned to before global declaration";
            }
            return st_error(st, s->loc, msg, name);
        }
        if (add_def(st, name, nonlocal ? DEF_NONLOCAL : DEF_GLOBAL, s->loc) < 0) {
            return -1;
        }
        record_directive(st->cur, name, s->loc);
    }
    return 0;
}

static int visit_stmt_inner(SymTable *st, Stmt *s) {
    switch (s->kind) {
    case S_FunctionDef: {
        if (s->u.funcdef.is_async) {
            return not_supported(st, "async functions are not supported yet");
        }
        if (add_def(st, s->u.funcdef.name, DEF_LOCAL, s->loc) < 0) {
            return -1;
        }
        Arguments *a = s->u.funcdef.args;
        if (visit_defaults(st, a) < 0 || visit_annotations(st, a, s->u.funcdef.returns) < 0 ||
            visit_exprs(st, &s->u.funcdef.decorators) < 0) {
            return -1;
        }
        if (enter_scope(st, SCOPE_FUNCTION, s->u.funcdef.name, s, s->loc) == NULL) {
            return -1;
        }
        if (visit_arguments(st, a) < 0 || visit_stmts(st, &s->u.funcdef.body) < 0) {
            return -1;
        }
        exit_scope(st);
        return 0;
    }
    case S_ClassDef:
        return not_supported(st, "class definitions are not supported yet");
    case S_Return:
        if (s->u.expr.value) {
            return visit_expr(st, s->u.expr.value);
        }
        return 0;
    case S_Delete:
        return visit_exprs(st, &s->u.del.targets);
    case S_Assign:
        if (visit_exprs(st, &s->u.assign.targets) < 0) {
            return -1;
        }
        return visit_expr(st, s->u.assign.value);
    case S_AugAssign:
        if (visit_expr(st, s->u.augassign.target) < 0) {
            return -1;
        }
        return visit_expr(st, s->u.augassign.value);
    case S_AnnAssign: {
        Expr *t = s->u.annassign.target;
        if (t->kind == E_Name) {
            Symbol *sym = kr_symtable_find(st->cur, t->u.name.id);
            int cur = sym ? sym->flags : 0;
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->u.annassign.simple) {
                return st_error(st, s->loc,
                                (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                   : "annotated name '%s' can't be nonlocal",
                                t->u.name.id);
            }
            if (s->u.annassign.simple) {
                if (add_def(st, t->u.name.id, DEF_ANNOT | DEF_LOCAL, t->loc) < 0) {
                    return -1;
                }
            } else if (s->u.annassign.value && add_def(st, t->u.name.id, DEF_LOCAL, t->loc) < 0) {
                return -1;
            }
        } else if (visit_expr(st, t) < 0) {
            return -1;
        }
        if (visit_annotation(st, s->u.annassign.annotation) < 0) {
            return -1;
        }
        if (s->u.annassign.value) {
            return visit_expr(st, s->u.annassign.value);
        }
        return 0;
    }
    case S_For:
        if (s->u.forloop.is_async) {
            return not_supported(st, "async functions are not supported yet");
        }
        if (visit_expr(st, s->u.forloop.target) < 0 || visit_expr(st, s->u.forloop.iter) < 0 ||
            visit_stmts(st, &s->u.forloop.body) < 0) {
            return -1;
        }
        return visit_stmts(st, &s->u.forloop.orelse);
    case S_While:
    case S_If:
        for (;;) {
            if (visit_expr(st, s->u.whileloop.test) < 0 ||
                visit_stmts(st, &s->u.whileloop.body) < 0) {
                return -1;
            }
            StmtList *orelse = &s->u.whileloop.orelse;
            if (s->kind == S_If && orelse->n == 1 && orelse->items[0]->kind == S_If) {
                s = orelse->items[0]; // elif chain: iterate, do not recurse
                continue;
            }
            return visit_stmts(st, orelse);
        }
    case S_With:
        if (s->u.with.is_async) {
            return not_supported(st, "async functions are not supported yet");
        }
        for (int32_t i = 0; i < s->u.with.items.n; i++) {
            WithItem *w = s->u.with.items.items[i];
            if (visit_expr(st, w->context_expr) < 0) {
                return -1;
            }
            if (w->optional_vars && visit_expr(st, w->optional_vars) < 0) {
                return -1;
            }
        }
        return visit_stmts(st, &s->u.with.body);
    case S_Match:
        if (visit_expr(st, s->u.match.subject) < 0) {
            return -1;
        }
        for (int32_t i = 0; i < s->u.match.cases.n; i++) {
            MatchCase *m = s->u.match.cases.items[i];
            if (visit_pattern(st, m->pattern) < 0 || (m->guard && visit_expr(st, m->guard) < 0) ||
                visit_stmts(st, &m->body) < 0) {
                return -1;
            }
        }
        return 0;
    case S_Raise:
        if (s->u.raise.exc && visit_expr(st, s->u.raise.exc) < 0) {
            return -1;
        }
        if (s->u.raise.cause && visit_expr(st, s->u.raise.cause) < 0) {
            return -1;
        }
        return 0;
    case S_Try:
        if (s->u.tryst.is_star) {
            return not_supported(st, "except* is not supported yet");
        }
        if (visit_stmts(st, &s->u.tryst.body) < 0 || visit_stmts(st, &s->u.tryst.orelse) < 0) {
            return -1;
        }
        for (int32_t i = 0; i < s->u.tryst.handlers.n; i++) {
            ExceptHandler *h = s->u.tryst.handlers.items[i];
            if (h->type && visit_expr(st, h->type) < 0) {
                return -1;
            }
            if (h->name && add_def(st, h->name, DEF_LOCAL, h->loc) < 0) {
                return -1;
            }
            if (visit_stmts(st, &h->body) < 0) {
                return -1;
            }
        }
        return visit_stmts(st, &s->u.tryst.finalbody);
    case S_Assert:
        if (visit_expr(st, s->u.assert_.test) < 0) {
            return -1;
        }
        if (s->u.assert_.msg) {
            return visit_expr(st, s->u.assert_.msg);
        }
        return 0;
    case S_Import:
    case S_ImportFrom: {
        AliasList *l = s->kind == S_Import ? &s->u.import.names : &s->u.importfrom.names;
        for (int32_t i = 0; i < l->n; i++) {
            if (visit_alias(st, l->items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    }
    case S_Global:
        return visit_global(st, s, false);
    case S_Nonlocal:
        return visit_global(st, s, true);
    case S_Expr:
        return visit_expr(st, s->u.expr.value);
    case S_Pass:
    case S_Break:
    case S_Continue:
        return 0;
    }
    return 0;
}

static int visit_stmts(SymTable *st, StmtList *l) {
    for (int32_t i = 0; i < l->n; i++) {
        if (enter_depth(st) < 0) {
            return -1;
        }
        int r = visit_stmt_inner(st, l->items[i]);
        st->vm->c_depth--;
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

// ----- analysis -----
static int error_at_directive(SymTable *st, Symbol *sym, const char *fmt) {
    Loc loc = sym->has_dir ? sym->dirloc : (Loc){0, 0, 0, 0};
    return st_error(st, loc, fmt, sym->name);
}

// Resolve a name that [s] reads without binding or declaring it. Marks the binding scope's
// symbol CELL and adds FREE pass-through symbols in between. Returns the scope for [s].
static int resolve_free(SymTable *st, Scope *s, const char *name, int *out) {
    Scope *p = s->parent;
    for (; p && p->kind != SCOPE_MODULE; p = p->parent) {
        Symbol *sym = kr_symtable_find(p, name);
        if (sym == NULL) {
            continue;
        }
        if (sym->flags & DEF_GLOBAL) {
            *out = SC_GLOBAL_IMPLICIT;
            return 0;
        }
        if (sym->flags & DEF_NONLOCAL) {
            continue; // bound further out (its own analysis checks that)
        }
        if (sym->flags & DEF_BOUND) {
            break;
        }
    }
    if (p == NULL || p->kind == SCOPE_MODULE) {
        *out = SC_GLOBAL_IMPLICIT;
        return 0;
    }
    // p binds it: cell there (unless p itself has it free via nonlocal), free in between.
    Symbol *bsym = kr_symtable_find(p, name);
    if (!(bsym->flags & DEF_NONLOCAL)) {
        bsym->scope = SC_CELL;
    }
    for (Scope *q = s->parent; q != p; q = q->parent) {
        Symbol *qs = sym_get(st, q, name);
        if (qs == NULL) {
            return -1;
        }
        qs->scope = SC_FREE;
    }
    *out = SC_FREE;
    return 0;
}

static bool nonlocal_bound(Scope *s, const char *name) {
    for (Scope *p = s->parent; p && p->kind != SCOPE_MODULE; p = p->parent) {
        Symbol *sym = kr_symtable_find(p, name);
        if (sym == NULL) {
            continue;
        }
        if (sym->flags & DEF_GLOBAL) {
            return false;
        }
        if (sym->flags & DEF_NONLOCAL) {
            continue;
        }
        if (sym->flags & DEF_BOUND) {
            return true;
        }
    }
    return false;
}

// First pass: bound / declared names (their scope never changes except LOCAL -> CELL).
static int analyze_decls(SymTable *st, Scope *s) {
    for (int32_t i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        int f = sym->flags;
        if (f & DEF_GLOBAL) {
            if (f & DEF_NONLOCAL) {
                return error_at_directive(st, sym, "name '%s' is nonlocal and global");
            }
            sym->scope = SC_GLOBAL_EXPLICIT;
        } else if (f & DEF_NONLOCAL) {
            if (s->kind == SCOPE_MODULE) {
                return error_at_directive(st, sym, "nonlocal declaration not allowed at module level");
            }
            if (!nonlocal_bound(s, sym->name)) {
                return error_at_directive(st, sym, "no binding for nonlocal '%s' found");
            }
            sym->scope = SC_FREE;
        } else if (f & DEF_BOUND) {
            if (sym->scope != SC_CELL) {
                sym->scope = s->kind == SCOPE_MODULE ? SC_GLOBAL_IMPLICIT : SC_LOCAL;
            }
        }
    }
    return 0;
}

// Scopes in creation order (pre-order), so errors come out in CPython's order.
static int analyze(SymTable *st) {
    for (Scope *s = st->top; s; s = s->next_all) {
        if (analyze_decls(st, s) < 0) {
            return -1;
        }
    }
    // A nonlocal's binding scope must hold a cell as well.
    for (Scope *s = st->top; s; s = s->next_all) {
        int32_t n = s->nsyms;
        for (int32_t i = 0; i < n; i++) {
            Symbol *sym = &s->syms[i];
            if (sym->flags & DEF_GLOBAL) {
                continue;
            }
            if ((sym->flags & DEF_NONLOCAL) ||
                (!(sym->flags & DEF_BOUND) && sym->scope == SC_NONE && s->kind != SCOPE_MODULE)) {
                int sc;
                const char *name = sym->name; // sym may move when resolve_free grows tables
                if (resolve_free(st, s, name, &sc) < 0) {
                    return -1;
                }
                kr_symtable_find(s, name)->scope = sc;
            } else if (sym->scope == SC_NONE) {
                sym->scope = SC_GLOBAL_IMPLICIT; // module-level reads
            }
        }
    }
    return 0;
}

int kr_symtable_build(SymTable *st, KrVm *vm, Arena *a, const CompileSrc *cs, Mod *mod) {
    memset(st, 0, sizeof(*st));
    st->vm = vm;
    st->arena = a;
    st->cs = cs;
    // `from __future__ import annotations` at the top: annotations are never evaluated.
    for (int32_t i = 0; i < mod->body.n; i++) {
        Stmt *s = mod->body.items[i];
        if (i == 0 && s->kind == S_Expr && s->u.expr.value->kind == E_Constant &&
            s->u.expr.value->u.constant.kind == CONST_STR) {
            continue; // docstring
        }
        if (s->kind != S_ImportFrom || s->u.importfrom.module == NULL ||
            strcmp(s->u.importfrom.module, "__future__") != 0) {
            break;
        }
        for (int32_t j = 0; j < s->u.importfrom.names.n; j++) {
            if (strcmp(s->u.importfrom.names.items[j]->name, "annotations") == 0) {
                st->future_annotations = true;
            }
        }
    }
    Loc loc = {1, 0, 1, 0};
    Scope *top = enter_scope(st, SCOPE_MODULE, "<module>", NULL, loc);
    if (top == NULL) {
        return -1;
    }
    st->top = top;
    if (visit_stmts(st, &mod->body) < 0) {
        return -1;
    }
    return analyze(st);
}
