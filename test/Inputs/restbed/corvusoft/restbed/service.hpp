#pragma once

#include <functional>
#include <memory>

namespace restbed
{
    class Resource;
    class Session;
    class Settings;

    class Service
    {
        public:
            void start( const std::shared_ptr< const Settings >& settings = nullptr );
            void publish( const std::shared_ptr< const Resource >& resource );
            /// Runs before every resource's handlers; calling the callback continues.
            void set_authentication_handler( const std::function< void ( const std::shared_ptr< Session >, const std::function< void ( const std::shared_ptr< Session > ) >& ) >& value );
    };
}
