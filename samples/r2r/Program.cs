// R2RSamples: one program whose methods cover the code shapes crossgen2 compiles and the
// r2rhost runtime must load: generics, virtual and interface dispatch, statics, exception
// handling, structs by value, delegates, P/Invoke, strings, arrays, boxing, tuples, spans
// and hardware intrinsics. Deterministic output; exit code 100 when every check passed.
using System;
using System.Globalization;

static class Program
{
    static int Main()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check.Run("generics", Generics.Run);
        Check.Run("calls", Calls.Run);
        Check.Run("statics", Statics.Run);
        Check.Run("exceptions", Exceptions.Run);
        Check.Run("structs", Structs.Run);
        Check.Run("delegates", Delegates.Run);
        Check.Run("interop", Interop.Run);
        Check.Run("strings", Strings.Run);
        Check.Run("arrays", Arrays.Run);
        Check.Run("boxing", Boxing.Run);
        Check.Run("tuples", Tuples.Run);
        Check.Run("spans", Spans.Run);
        Check.Run("arithmetic", Arithmetic.Run);
        Check.Run("simd", Simd.Run);
        Console.WriteLine("R2RSamples: " + Check.Ok + " checks ok, " + Check.Failed + " failed");
        return Check.Failed == 0 ? 100 : 1;
    }
}
