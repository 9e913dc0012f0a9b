#pragma once

#include "corvusoft/restbed/byte.hpp"

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace restbed
{
    class Request;
    class Response;

    class Session : public std::enable_shared_from_this< Session >
    {
        public:
            void close( const Bytes& body );
            void close( const Response& response );
            void close( const std::string& body = "" );
            void close( const int status, const Bytes& body );
            void close( const int status, const std::string& body = "" );
            void close( const int status, const std::multimap< std::string, std::string >& headers );
            void close( const int status, const std::string& body, const std::multimap< std::string, std::string >& headers );
            void close( const int status, const Bytes& body, const std::multimap< std::string, std::string >& headers );

            void yield( const std::string& data, const std::function< void ( const std::shared_ptr< Session > ) >& callback = nullptr );
            void yield( const int status, const std::string& body, const std::function< void ( const std::shared_ptr< Session > ) >& callback = nullptr );
            void yield( const int status, const std::string& body, const std::multimap< std::string, std::string >& headers, const std::function< void ( const std::shared_ptr< Session > ) >& callback = nullptr );

            void fetch( const std::size_t length, const std::function< void ( const std::shared_ptr< Session >, const Bytes& ) >& callback );

            const std::shared_ptr< const Request > get_request( void ) const;
            const std::string get_origin( void ) const;
    };
}
