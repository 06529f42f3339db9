// The one Catch2 main for each test program.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
