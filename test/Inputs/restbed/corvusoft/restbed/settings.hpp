#pragma once

namespace restbed
{
    class Settings
    {
        public:
            void set_port( const unsigned short value );
    };
}
