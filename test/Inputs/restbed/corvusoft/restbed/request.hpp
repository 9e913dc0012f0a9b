#pragma once

#include <map>
#include <string>

namespace restbed
{
    class Request
    {
        public:
            std::string get_header( const std::string& name, const std::string& default_value = "" ) const;
            std::string get_query_parameter( const std::string& name, const std::string& default_value = "" ) const;
            std::string get_path_parameter( const std::string& name, const std::string& default_value = "" ) const;
            std::string get_path( void ) const;
    };
}
