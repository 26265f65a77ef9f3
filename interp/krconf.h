// SPDX-License-Identifier: MIT
// interp/krconf.h: compile-time feature flags and structural limits (#ifndef defaults).
#ifndef KR_KRCONF_H
#define KR_KRCONF_H

#ifndef KR_COMPUTED_GOTO
#if defined(__GNUC__) || defined(__clang__)
#define KR_COMPUTED_GOTO 1
#else
#define KR_COMPUTED_GOTO 0
#endif
#endif

#ifndef KR_DEBUG_GC_STRESS
#define KR_DEBUG_GC_STRESS 0 // collect at every safepoint
#endif

#ifndef KR_MAX_PARSE_DEPTH
#define KR_MAX_PARSE_DEPTH 200 // nesting of brackets/blocks/expressions in the parser
#endif

#ifndef KR_MAX_ARG
#define KR_MAX_ARG 0xFFFFFF // largest instruction operand (24 bits)
#endif

#ifndef KR_DATA_CHUNK
#define KR_DATA_CHUNK (64 * 1024) // values per frame data-stack chunk
#endif

#endif
