#include "Driver.h"

int main(int Argc, const char **Argv) { return pii::runDriver(Argc, Argv); }
