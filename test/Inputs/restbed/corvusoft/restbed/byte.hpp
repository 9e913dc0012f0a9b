#pragma once

#include <cstddef>
#include <vector>

namespace restbed
{
    typedef std::byte Byte;
    typedef std::vector< Byte > Bytes;
}
