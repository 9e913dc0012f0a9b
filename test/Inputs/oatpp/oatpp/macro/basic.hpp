#pragma once

#define OATPP_MACRO_EXPAND(X) X
#define OATPP_MACRO_FIRSTARG(X, ...) X
#define OATPP_MACRO_UNFOLD_VA_ARGS(...) __VA_ARGS__

/// Picks MACRO ## <number of arguments>, up to 6 arguments.
#define OATPP_MACRO_NUM_ARGS(...) OATPP_MACRO_NUM_ARGS_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define OATPP_MACRO_NUM_ARGS_(_1, _2, _3, _4, _5, _6, N, ...) N
#define OATPP_MACRO_CONCAT(A, B) OATPP_MACRO_CONCAT_(A, B)
#define OATPP_MACRO_CONCAT_(A, B) A##B
#define OATPP_MACRO_MACRO_SELECTOR(MACRO, ARGS) OATPP_MACRO_CONCAT(MACRO, OATPP_MACRO_NUM_ARGS ARGS)

/// Picks MACRO ## 0 for one argument, MACRO ## 1 for more.
#define OATPP_MACRO_BINARY(...) OATPP_MACRO_NUM_ARGS_(__VA_ARGS__, 1, 1, 1, 1, 1, 0, 0)
#define OATPP_MACRO_MACRO_BINARY_SELECTOR(MACRO, ARGS) OATPP_MACRO_CONCAT(MACRO, OATPP_MACRO_BINARY ARGS)

/// MACRO(index, count, X) for each argument, up to 5 arguments.
#define OATPP_MACRO_FOREACH(MACRO, ...) \
  OATPP_MACRO_CONCAT(OATPP_MACRO_FOREACH_, OATPP_MACRO_NUM_ARGS(__VA_ARGS__))(MACRO, __VA_ARGS__)
#define OATPP_MACRO_FOREACH_1(M, A) M(0, 1, A)
#define OATPP_MACRO_FOREACH_2(M, A, B) M(0, 2, A) M(1, 2, B)
#define OATPP_MACRO_FOREACH_3(M, A, B, C) M(0, 3, A) M(1, 3, B) M(2, 3, C)
#define OATPP_MACRO_FOREACH_4(M, A, B, C, D) M(0, 4, A) M(1, 4, B) M(2, 4, C) M(3, 4, D)
#define OATPP_MACRO_FOREACH_5(M, A, B, C, D, E) M(0, 5, A) M(1, 5, B) M(2, 5, C) M(3, 5, D) M(4, 5, E)

/// FIRST(X) for the first argument, REST(X) for the others.
#define OATPP_MACRO_FOREACH_FIRST_AND_REST(FIRST, REST, ...) \
  OATPP_MACRO_CONCAT(OATPP_MACRO_FFR_, OATPP_MACRO_NUM_ARGS(__VA_ARGS__))(FIRST, REST, __VA_ARGS__)
#define OATPP_MACRO_FFR_1(F, R, A) F(0, 1, A)
#define OATPP_MACRO_FFR_2(F, R, A, B) F(0, 2, A) R(1, 2, B)
#define OATPP_MACRO_FFR_3(F, R, A, B, C) F(0, 3, A) R(1, 3, B) R(2, 3, C)
#define OATPP_MACRO_FFR_4(F, R, A, B, C, D) F(0, 4, A) R(1, 4, B) R(2, 4, C) R(3, 4, D)
#define OATPP_MACRO_FFR_5(F, R, A, B, C, D, E) F(0, 5, A) R(1, 5, B) R(2, 5, C) R(3, 5, D) R(4, 5, E)
