#pragma once

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>

namespace restbed
{
    class Session;

    class Resource
    {
        public:
            Resource( void );
            virtual ~Resource( void );

            void set_path( const std::string& value );
            void set_paths( const std::set< std::string >& values );
            void set_default_header( const std::string& name, const std::string& value );
            /// Runs before the method handler; calling the callback continues.
            void set_authentication_handler( const std::function< void ( const std::shared_ptr< Session >, const std::function< void ( const std::shared_ptr< Session > ) >& ) >& value );
            void set_method_handler( const std::string& method, const std::function< void ( const std::shared_ptr< Session > ) >& callback );
            void set_method_handler( const std::string& method, const std::multimap< std::string, std::string >& filters, const std::function< void ( const std::shared_ptr< Session > ) >& callback );
    };
}
