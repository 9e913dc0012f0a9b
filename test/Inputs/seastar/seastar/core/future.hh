#pragma once

#include <utility>

namespace seastar {
template <typename... T>
class future {
public:
    template <typename Func> auto then(Func&& func);
};

template <typename... T, typename... A>
future<T...> make_ready_future(A&&... value);
} // namespace seastar
