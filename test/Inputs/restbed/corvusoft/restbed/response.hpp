#pragma once

#include "corvusoft/restbed/byte.hpp"

#include <string>

namespace restbed
{
    class Response
    {
        public:
            void set_body( const Bytes& value );
            void set_body( const std::string& value );
            void set_status_code( const int value );
            void set_header( const std::string& name, const std::string& value );
    };
}
