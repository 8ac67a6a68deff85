/* TEST HARNESS ONLY, never shipped: Wine 8 has no ProcessPrng in bcryptprimitives.dll,
 * which Rust's standard library calls at start-up (real Windows 10+ has it). This DLL,
 * placed beside the .exe under test only, forwards it to RtlGenRandom (advapi32's
 * SystemFunction036). Built by ci/wine-shim/build.sh; see scripts/ci_package.sh. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
