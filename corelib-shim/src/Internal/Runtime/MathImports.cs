// Internal calls to the C math library (glibc libm on Linux, as CoreCLR uses). See corelib-shim/README.md.
// Each maps to the C function of the same name in lower case (Sin -> sin, SinF -> sinf, ...).
using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    internal static partial class MathImports
    {
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Acos(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Acosh(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Asin(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Asinh(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Atan(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Atan2(double y, double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Atanh(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Cbrt(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Ceil(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Cos(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Cosh(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Exp(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Floor(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Fma(double x, double y, double z);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Fmod(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Log(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Log10(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Log2(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Pow(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Nearbyint(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Sin(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Sinh(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Sqrt(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Tan(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Tanh(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Trunc(double x);

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float AcosF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float AcoshF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float AsinF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float AsinhF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float AtanF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float Atan2F(float y, float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float AtanhF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float CbrtF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float CeilF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float CosF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float CoshF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float ExpF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float FloorF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float FmaF(float x, float y, float z);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float FmodF(float x, float y);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float LogF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float Log10F(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float Log2F(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float PowF(float x, float y);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float NearbyintF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float SinF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float SinhF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float SqrtF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float TanF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float TanhF(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern float TruncF(float x);
    }
}
