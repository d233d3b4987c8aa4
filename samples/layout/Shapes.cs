// The type shapes whose layout the oracle measures (see Probe.cs). Every non-generic type
// in namespace Shapes is probed; generic instantiations are listed in Instantiations. The
// Touch class uses every field in code, so that crossgen2 --verify-type-and-field-layout
// emits Verify_TypeLayout / Verify_FieldOffset fixups for them.
#pragma warning disable CS0169, CS0649, CS0414, CS8618, CS9113
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using LayoutLib;

namespace Shapes;

// ---- sequential structs (the C# default) ----
public struct S_Empty { }
public struct S_Byte { public byte A; }
public struct S_BoolByte { public bool A; public byte B; }
public struct S_CharInt { public char C; public int I; }
public struct S_ByteLong { public byte B; public long L; }
public struct S_ByteDouble { public byte B; public double D; }
public struct S_IntByteIntByte { public int A; public byte B; public int C; public byte D; }
public struct S_ThreeBytes { public byte A, B, C; }
public struct S_ShortByte { public short S; public byte B; }
public struct S_LongByte { public long L; public byte B; }
public struct S_FloatFloat { public float X, Y; }
public struct S_FloatInt { public float X; public int Y; }
public struct S_DoubleFloat { public double D; public float F; }
public struct S_ThreeFloats { public float X, Y, Z; }
public struct S_TwoDoubles { public double X, Y; }
public struct S_Mixed
{
    public bool Bo; public char Ch; public byte By; public short Sh; public int In;
    public long Lo; public float Fl; public double Do; public nint Ni; public nuint Nu; public sbyte Sb;
}
public unsafe struct S_Ptr { public byte B; public int* P; }
public unsafe struct S_FnPtr { public byte B; public delegate*<void> F; }
public struct S_Nested { public byte A; public S_ByteLong Inner; public byte Z; }
public struct S_NestedSmall { public byte A; public S_ThreeBytes T; public short S; }
public struct S_AutoField { public byte A; public DateTime D; public byte Z; }
public struct S_CoreLib { public byte A; public Guid G; public byte B; public decimal M; public byte C; public DateTimeOffset O; public TimeSpan T; }
public struct S_Nullables { public int? A; public long? B; public S_Byte? C; public byte D; }
public struct S_Tuple { public (byte, long, short) T; public byte B; }
public struct S_Kvp { public KeyValuePair<int, string> Kv; public byte B; }
public struct S_LibStruct { public byte A; public LibStruct L; }

// ---- packing and size ----
[StructLayout(LayoutKind.Sequential, Pack = 1)] public struct P1 { public byte B; public long L; public short S; }
[StructLayout(LayoutKind.Sequential, Pack = 2)] public struct P2 { public byte B; public long L; public int I; }
[StructLayout(LayoutKind.Sequential, Pack = 4)] public struct P4 { public byte B; public double D; }
[StructLayout(LayoutKind.Sequential, Pack = 8)] public struct P8 { public byte B; public long L; }
[StructLayout(LayoutKind.Sequential, Pack = 16)] public struct P16 { public byte B; public long L; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] public struct P1Nested { public byte B; public S_ByteLong S; }
[StructLayout(LayoutKind.Sequential, Pack = 2)] public struct P2Nested { public byte B; public S_ByteLong S; public byte Z; }
[StructLayout(LayoutKind.Sequential, Size = 20)] public struct Size20 { public int I; }
[StructLayout(LayoutKind.Sequential, Size = 3)] public struct Size3 { public int I; }
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = 7)] public struct Pack1Size7 { public byte B; }
[StructLayout(LayoutKind.Sequential, Size = 1)] public struct Size1Empty { }
public struct HasSize20 { public byte B; public Size20 S; public byte Z; }

// ---- sequential structs with references: CoreCLR lays them out as auto ----
public struct R_ObjByte { public object O; public byte B; }
public struct R_ByteObj { public byte B; public object O; }
public struct R_Mixed { public byte A; public string S; public int I; public object O; public short Sh; public long L; public byte Z; }
public struct R_WithStruct { public byte A; public S_ByteLong S; public object O; public int I; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] public struct R_Pack1 { public byte B; public object O; public int I; }
[StructLayout(LayoutKind.Sequential, Size = 40)] public struct R_Size40 { public object O; public byte B; }
public struct R_Nested { public R_ObjByte A; public byte B; public R_ByteObj C; }
public struct R_Array { public int[] Arr; public byte B; public R_ObjByte[] Arr2; }
public struct R_LibRef { public byte A; public LibRefStruct L; }

// ---- auto layout ----
[StructLayout(LayoutKind.Auto)] public struct A_Bytes3 { public byte A, B, C; }
[StructLayout(LayoutKind.Auto)] public struct A_Ints3 { public int A, B, C; }
[StructLayout(LayoutKind.Auto)] public struct A_ByteLong { public byte B; public long L; }
[StructLayout(LayoutKind.Auto)] public struct A_Struct3x { public S_ThreeBytes X, Y, Z; }
[StructLayout(LayoutKind.Auto)] public struct A_Byte { public byte B; }
[StructLayout(LayoutKind.Auto)] public struct A_ShortByte { public byte B; public short S; public byte C; }
[StructLayout(LayoutKind.Auto)] public struct A_Mixed { public byte A; public S_ByteLong S; public int I; public short Sh; public S_ThreeBytes T; public double D; }
[StructLayout(LayoutKind.Auto)] public struct A_Floats { public float F; public byte B; public double D; }
public struct HasAuto { public byte A; public A_Bytes3 X; public byte Z; }

// ---- explicit layout ----
[StructLayout(LayoutKind.Explicit)] public struct X_Union { [FieldOffset(0)] public int I; [FieldOffset(0)] public float F; }
[StructLayout(LayoutKind.Explicit)] public struct X_Gap { [FieldOffset(0)] public byte B; [FieldOffset(5)] public int I; }
[StructLayout(LayoutKind.Explicit, Size = 16)] public struct X_Size16 { [FieldOffset(0)] public long L; }
[StructLayout(LayoutKind.Explicit)] public struct X_Obj { [FieldOffset(0)] public object O; [FieldOffset(8)] public long L; [FieldOffset(8)] public double D; }
[StructLayout(LayoutKind.Explicit)] public struct X_ObjObj { [FieldOffset(0)] public object O; [FieldOffset(0)] public string S; [FieldOffset(8)] public int I; }
[StructLayout(LayoutKind.Explicit, Pack = 1)] public struct X_Pack1 { [FieldOffset(0)] public byte B; [FieldOffset(1)] public long L; }
[StructLayout(LayoutKind.Explicit)] public struct X_WithStruct { [FieldOffset(4)] public S_IntByteIntByte S; [FieldOffset(0)] public byte B; }
[StructLayout(LayoutKind.Explicit)] public struct X_DoubleLong { [FieldOffset(0)] public double D; [FieldOffset(0)] public long L; [FieldOffset(8)] public float F; }
[StructLayout(LayoutKind.Explicit)] public struct X_ShortDouble { [FieldOffset(0)] public short S; [FieldOffset(8)] public double D; }
[StructLayout(LayoutKind.Explicit)] public struct X_Empty { }
[StructLayout(LayoutKind.Explicit, Size = 2)] public struct X_SizeSmall { [FieldOffset(0)] public int I; }
[StructLayout(LayoutKind.Explicit, Size = 12)] public struct X_Size12Long { [FieldOffset(0)] public long L; }
[StructLayout(LayoutKind.Explicit)] public struct X_Bool { [FieldOffset(0)] public bool B; [FieldOffset(2)] public short S; }
[StructLayout(LayoutKind.Explicit)] public struct X_RefStruct { [FieldOffset(8)] public R_ObjByte R; [FieldOffset(0)] public long L; }
[StructLayout(LayoutKind.Explicit, Size = 12)] public struct X_ObjSize12 { [FieldOffset(0)] public object O; }
[StructLayout(LayoutKind.Explicit, Pack = 1)] public struct X_ObjPack1 { [FieldOffset(0)] public object O; [FieldOffset(8)] public byte B; }
public struct HasXObjPack1 { public byte A; public X_ObjPack1 X; }
[StructLayout(LayoutKind.Auto)] public struct AutoHasXObjPack1 { public byte A; public X_ObjPack1 X; }

// ---- Int128 and hardware vectors ----
public struct I128 { public byte B; public Int128 V; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] public struct I128Pack1 { public byte B; public Int128 V; }
[StructLayout(LayoutKind.Sequential, Pack = 8)] public struct I128Pack8 { public byte B; public Int128 V; }
public struct U128 { public UInt128 V; public byte B; }
public struct I128Obj { public byte B; public Int128 V; public object O; }
public struct V64 { public byte B; public Vector64<short> V; }
public struct V128 { public byte B; public Vector128<float> V; }
public struct V256 { public byte B; public Vector256<int> V; }
public struct V512 { public byte B; public Vector512<byte> V; }
[StructLayout(LayoutKind.Sequential, Pack = 8)] public struct V128Pack8 { public byte B; public Vector128<int> V; }
[StructLayout(LayoutKind.Auto)] public struct A_V128 { public byte B; public Vector128<long> V; public int I; }

// ---- enums ----
public enum E8 : byte { A }
public enum E16 : short { A }
public enum E32 { A }
public enum E64 : ulong { A }
public struct S_Enums { public E8 A; public E16 B; public E32 C; public E64 D; public E8 E; }
[StructLayout(LayoutKind.Auto)] public struct A_Enums { public E8 A; public E16 B; public E32 C; public E64 D; public E8 E; }
public struct R_Enums { public E8 A; public object O; public E16 B; public E64 D; }

// ---- generics (instantiations listed in Probe.Instantiations) ----
public struct Pair<T, U> { public T A; public U B; }
public struct Box1<T> { public byte Tag; public T Value; }
public struct Triple<T> { public T A; public byte B; public T C; }
public class Gen<T> { public byte A; public T Value = default!; public int I; }

// ---- ref structs ----
public ref struct RS_Ref { public ref int R; public int I; }
public ref struct RS_IntRef { public int I; public ref int R; }
public ref struct RS_ByteRefByte { public byte A; public ref long R; public byte B; }
public ref struct RS_RefObj { public ref int R; public object O; public int I; }
public ref struct RS_Span { public Span<int> S; public byte B; }
public ref struct RS_Nested { public byte A; public RS_Ref Inner; public short S; }
public ref struct RS_Empty { }

// ---- inline arrays ----
[InlineArray(3)] public struct IA_Byte3 { public byte E; }
[InlineArray(4)] public struct IA_Long4 { public long E; }
[InlineArray(3)] public struct IA_Obj3 { public object E; }
[InlineArray(2)] public struct IA_Struct2 { public S_ByteLong E; }
[InlineArray(5)] public struct IA_Three5 { public S_ThreeBytes E; }
[InlineArray(2)] public struct IA_RefStruct2 { public R_ObjByte E; }
public struct IA_Holder { public byte A; public IA_Byte3 X; public byte B; public IA_Obj3 Y; }
public struct IA_Holder2 { public byte A; public IA_Byte3 X; public short B; public IA_Three5 Y; }

// ---- fixed buffers ----
public unsafe struct FB { public byte B; public fixed int Arr[5]; public byte C; }
public unsafe struct FB2 { public fixed byte Bytes[3]; public long L; }
public unsafe struct FB3 { public fixed double D[2]; }

// ---- classes ----
public class C_Empty { }
public class C_Byte { public byte B; }
public class C_Mixed
{
    public byte A; public object O; public int I; public long L; public short S; public string T;
    public byte Z; public S_ByteLong St; public double D; public R_ObjByte R; public S_ThreeBytes Tb;
}
public class C_Derived : C_Byte { public byte B2; public int I; public object O; }
public class C_Derived2 : C_Derived { public short S; public long L; }
public class C_Odd { public byte A, B, C; }
public class C_OddDerived : C_Odd { public long L; public byte B2; public short S; public object O; public int I; }
public class C_ObjOnly : C_Byte { public object O1; public object O2; }
public class C_Gaps : C_Odd { public short S1; public short S2; public int I; public byte X; }
public class C_Structs { public S_ThreeBytes A; public byte B; public S_ByteLong C; public R_ObjByte D; public A_Bytes3 E; }
public class C_Vectors { public byte B; public Vector128<int> V; public Int128 I; public short S; }
public class C_Inline { public IA_Byte3 A; public IA_Obj3 B; public byte C; }
public class C_Refs { public object A; public string B; public int[] C; public C_Byte D; }
public class C_RefsDerived : C_Refs { public object E; public byte F; }
[StructLayout(LayoutKind.Sequential)] public class C_Seq { public byte B; public long L; public int I; }
[StructLayout(LayoutKind.Sequential)] public class C_SeqDerived : C_Seq { public byte B2; public short S; }
[StructLayout(LayoutKind.Sequential)] public class C_SeqObj { public byte B; public object O; public int I; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] public class C_SeqPack1 { public byte B; public long L; }
[StructLayout(LayoutKind.Sequential, Size = 20)] public class C_SeqSize20 { public byte B; }
[StructLayout(LayoutKind.Sequential)] public class C_SeqSize20Derived : C_SeqSize20 { public byte X; }
[StructLayout(LayoutKind.Sequential)] public class C_SeqFromSeqObj : C_SeqObj { public byte X; public long L; }
[StructLayout(LayoutKind.Sequential)] public class C_SeqEmpty { }
public class C_FromSeqEmpty : C_SeqEmpty { public byte B; public int I; }
[StructLayout(LayoutKind.Sequential)] public class C_SeqFromSeqEmpty : C_SeqEmpty { public byte B; public int I; }
[StructLayout(LayoutKind.Explicit)] public class C_Expl { [FieldOffset(0)] public int I; [FieldOffset(0)] public float F; [FieldOffset(8)] public object O; }
[StructLayout(LayoutKind.Explicit, Size = 32)] public class C_ExplSize32 { [FieldOffset(0)] public long L; }
[StructLayout(LayoutKind.Explicit)] public class C_ExplDerived : C_ExplSize32 { [FieldOffset(1)] public byte B; }
public class C_FromLib5 : LibBase5 { public byte B2; public short S; public long L; }
public class C_FromLib1 : LibBase1 { public byte X; public object O; public int I; }
public class C_FromLibGen : LibGen<int> { public byte B2; }
public class C_FromLibGenByte : LibGen<byte> { public byte B2; public short S; }
[StructLayout(LayoutKind.Sequential)] public class C_FromLibSeq : LibSeq6 { public byte B; }
public class C_FromForeign : LibHasForeignStruct { public byte X; }
public class C_WithLibStruct { public LibStruct L; public byte B; }
public class C_WithLibStructDerived : C_WithLibStruct { public byte X; }
public class C_FromDerivedInBubble : C_FromLib5 { public byte X; }
public class C_FromException : Exception { public byte B; public int I; }
public class C_FromEventArgs : EventArgs { public byte B; }
public class C_FromGen : Gen<long> { public byte X; }

// ---- statics ----
public class ST_Statics
{
    public static byte SB;
    public static long SL;
    public static object SO = new();
    public static S_ByteLong SS;
    public static int SI;
    public static string ST = "";
    [ThreadStatic] public static int TI;
    [ThreadStatic] public static object? TO;
    [ThreadStatic] public static S_Byte TS;
    [ThreadStatic] public static short TSh;
    public const int Const = 5;
    public static E16 SE;
    public static double SD;
    public static unsafe int* SP;
    public static short SSh;
    public static R_ObjByte SR;
    public static Int128 SI128;
    public static readonly byte[] Arr = { 1, 2 };
    public int Instance;
}
public class ST_Gen<T>
{
    public static T? Value;
    public static int I;
    public static object? O;
    public static byte B;
    [ThreadStatic] public static long TL;
    [ThreadStatic] public static T? TV;
}
public struct ST_Struct { public static byte B; public static object? O; public static long L; public int Instance; }

// ---- the generic instantiations to probe ----
public static class Instantiations
{
    public static readonly Type[] All =
    {
        typeof(Pair<int, byte>), typeof(Pair<byte, long>), typeof(Pair<object, byte>),
        typeof(Pair<byte, S_ByteLong>), typeof(Pair<long, Int128>), typeof(Pair<byte, string>),
        typeof(Pair<E16, E8>), typeof(Pair<byte, object>), typeof(Pair<short, S_ThreeBytes>), typeof(Pair<double, float>),
        typeof(Box1<int>), typeof(Box1<double>), typeof(Box1<object>), typeof(Box1<Guid>),
        typeof(Box1<decimal>), typeof(Box1<DateTime>), typeof(Box1<S_Empty>), typeof(Box1<Vector128<byte>>),
        typeof(Triple<byte>), typeof(Triple<long>), typeof(Triple<object>), typeof(Triple<S_ThreeBytes>),
        typeof(Gen<object>), typeof(Gen<long>), typeof(Gen<S_ByteLong>), typeof(Gen<byte>), typeof(Gen<R_ObjByte>),
        typeof(ST_Gen<int>), typeof(ST_Gen<object>), typeof(ST_Gen<S_ByteLong>),
    };
}

// ---- uses of every shape, for crossgen2's layout verification fixups ----
public static class Touch
{
    [MethodImpl(MethodImplOptions.NoInlining)] static void Sink<T>(T value) { }

    public static void All()
    {
        V000();
        V001();
        V002();
        V003();
        W000();
        W001();
        W002();
        W003();
        W004();
        W005();
        W006();
        W007();
        W008();
        W009();
        W010();
        W011();
        W012();
        W013();
        W014();
        W015();
        W016();
        V005();
        V006();
        U000();
        U001();
        U002();
        U003();
        U004();
        U005();
        U006();
        U007();
        U008();
        U009();
        U010();
        U011();
        U012();
        U013();
        U014();
        U015();
        U016();
        U017();
        U018();
        U019();
        U020();
        U021();
        U022();
        U023();
        U024();
        U025();
        U026();
        U027();
        U028();
        U029();
        U030();
        U031();
        U032();
        U033();
        U034();
        U035();
        U036();
        U037();
        U038();
        U039();
        U040();
        U041();
        U042();
        U043();
        U044();
        U045();
        U046();
        U047();
        U048();
        U049();
        U050();
        U051();
        U052();
        U053();
        U054();
        U055();
        U056();
        U057();
        U058();
        U059();
        U060();
        U061();
        U062();
        U063();
        U064();
        U065();
        U066();
        U067();
        U068();
        U069();
        U070();
        U071();
        U072();
        U073();
        U074();
        U075();
        U076();
        U077();
        U078();
        U079();
        U080();
        U081();
        U082();
        U083();
        U084();
        U085();
        U086();
        U087();
        U088();
        U089();
        U090();
        U091();
        U092();
        U093();
        U094();
        U095();
        U096();
        U097();
        U098();
        U099();
        U100();
        U101();
        U102();
        U103();
        U104();
        U105();
        U106();
        U107();
        U108();
        U109();
        U110();
        U111();
        U112();
        U113();
        U114();
        U115();
        U116();
        U117();
        U118();
        U119();
        U120();
        U121();
        U122();
        U123();
        U124();
        U125();
        U126();
        U127();
        U128();
        U129();
        U130();
        U131();
        U132();
        U133();
        U134();
        U135();
        U136();
        U137();
        U138();
        U139();
        U140();
        U141();
        U142();
        U143();
        U144();
        U145();
        U146();
        U147();
        U148();
        U149();
        U150();
        U151();
        U152();
        U153();
        U154();
        U155();
        U156();
        U157();
        U158();
    }

    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U000() { Sink(new S_Empty()); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U001() { Sink(new S_Byte { A = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U002() { Sink(new S_BoolByte { A = true, B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U003() { Sink(new S_CharInt { C = 'c', I = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U004() { Sink(new S_ByteLong { B = 1, L = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U005() { Sink(new S_ByteDouble { B = 1, D = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U006() { Sink(new S_IntByteIntByte { A = 1, B = 2, C = 3, D = 4 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U007() { Sink(new S_ThreeBytes { A = 1, B = 2, C = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U008() { Sink(new S_ShortByte { S = 1, B = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U009() { Sink(new S_LongByte { L = 1, B = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U010() { Sink(new S_FloatFloat { X = 1, Y = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U011() { Sink(new S_FloatInt { X = 1, Y = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U012() { Sink(new S_DoubleFloat { D = 1, F = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U013() { Sink(new S_ThreeFloats { X = 1, Y = 2, Z = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U014() { Sink(new S_TwoDoubles { X = 1, Y = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U015() { Sink(new S_Mixed { Bo = true, Ch = 'c', By = 1, Sh = 2, In = 3, Lo = 4, Fl = 5, Do = 6, Ni = 7, Nu = 8, Sb = 9 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U016() { Sink(new S_Ptr { B = 1, P = null }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U017() { Sink(new S_FnPtr { B = 1, F = null }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U018() { Sink(new S_Nested { A = 1, Inner = default, Z = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U019() { Sink(new S_NestedSmall { A = 1, T = default, S = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U020() { Sink(new S_AutoField { A = 1, D = default, Z = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U021() { Sink(new S_CoreLib { A = 1, G = default, B = 2, M = 3, C = 4, O = default, T = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U022() { Sink(new S_Nullables { A = 1, B = 2, C = default, D = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U023() { Sink(new S_Tuple { T = default, B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U024() { Sink(new S_Kvp { Kv = default, B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U025() { Sink(new S_LibStruct { A = 1, L = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U026() { Sink(new P1 { B = 1, L = 2, S = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U027() { Sink(new P2 { B = 1, L = 2, I = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U028() { Sink(new P4 { B = 1, D = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U029() { Sink(new P8 { B = 1, L = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U030() { Sink(new P16 { B = 1, L = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U031() { Sink(new P1Nested { B = 1, S = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U032() { Sink(new P2Nested { B = 1, S = default, Z = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U033() { Sink(new Size20 { I = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U034() { Sink(new Size3 { I = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U035() { Sink(new Pack1Size7 { B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U036() { Sink(new Size1Empty()); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U037() { Sink(new HasSize20 { B = 1, S = default, Z = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U038() { Sink(new R_ObjByte { O = "", B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U039() { Sink(new R_ByteObj { B = 1, O = "" }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U040() { Sink(new R_Mixed { A = 1, S = "", I = 2, O = "", Sh = 3, L = 4, Z = 5 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U041() { Sink(new R_WithStruct { A = 1, S = default, O = "", I = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U042() { Sink(new R_Pack1 { B = 1, O = "", I = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U043() { Sink(new R_Size40 { O = "", B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U044() { Sink(new R_Nested { A = default, B = 1, C = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U045() { Sink(new R_Array { Arr = null!, B = 1, Arr2 = null! }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U046() { Sink(new R_LibRef { A = 1, L = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U047() { Sink(new A_Bytes3 { A = 1, B = 2, C = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U048() { Sink(new A_Ints3 { A = 1, B = 2, C = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U049() { Sink(new A_ByteLong { B = 1, L = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U050() { Sink(new A_Struct3x { X = default, Y = default, Z = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U051() { Sink(new A_Byte { B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U052() { Sink(new A_ShortByte { B = 1, S = 2, C = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U053() { Sink(new A_Mixed { A = 1, S = default, I = 2, Sh = 3, T = default, D = 4 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U054() { Sink(new A_Floats { F = 1, B = 2, D = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U055() { Sink(new HasAuto { A = 1, X = default, Z = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U056() { Sink(new X_Union { I = 1, F = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U057() { Sink(new X_Gap { B = 1, I = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U058() { Sink(new X_Size16 { L = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U059() { Sink(new X_Obj { O = "", L = 1, D = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U060() { Sink(new X_ObjObj { O = "", S = "", I = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U061() { Sink(new X_Pack1 { B = 1, L = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U062() { Sink(new X_WithStruct { S = default, B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U063() { Sink(new X_DoubleLong { D = 1, L = 2, F = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U064() { Sink(new X_ShortDouble { S = 1, D = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U065() { Sink(new X_Empty()); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U066() { Sink(new X_Bool { B = true, S = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U067() { Sink(new X_RefStruct { R = default, L = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U068() { Sink(new X_ObjSize12 { O = "" }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U069() { Sink(new X_ObjPack1 { O = "", B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U070() { Sink(new HasXObjPack1 { A = 1, X = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U071() { Sink(new AutoHasXObjPack1 { A = 1, X = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U072() { Sink(new I128 { B = 1, V = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U073() { Sink(new I128Pack1 { B = 1, V = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U074() { Sink(new I128Pack8 { B = 1, V = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U075() { Sink(new U128 { V = 1, B = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U076() { Sink(new I128Obj { B = 1, V = 2, O = "" }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U077() { Sink(new V64 { B = 1, V = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U078() { Sink(new V128 { B = 1, V = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U079() { Sink(new V256 { B = 1, V = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U080() { Sink(new V512 { B = 1, V = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U081() { Sink(new V128Pack8 { B = 1, V = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U082() { Sink(new A_V128 { B = 1, V = default, I = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U083() { Sink(new S_Enums { A = E8.A, B = E16.A, C = E32.A, D = E64.A, E = E8.A }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U084() { Sink(new A_Enums { A = E8.A, B = E16.A, C = E32.A, D = E64.A, E = E8.A }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U085() { Sink(new R_Enums { A = E8.A, O = "", B = E16.A, D = E64.A }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U086() { Sink(new Pair<int, byte> { A = 1, B = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U087() { Sink(new Pair<byte, long> { A = 1, B = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U088() { Sink(new Pair<object, byte> { A = "", B = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U089() { Sink(new Pair<byte, S_ByteLong> { A = 1, B = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U090() { Sink(new Pair<long, Int128> { A = 1, B = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U091() { Sink(new Pair<byte, string> { A = 1, B = "" }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U092() { Sink(new Pair<E16, E8> { A = E16.A, B = E8.A }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U093() { Sink(new Pair<short, S_ThreeBytes> { A = 1, B = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U094() { Sink(new Pair<double, float> { A = 1, B = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U095() { Sink(new Box1<int> { Tag = 1, Value = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U096() { Sink(new Box1<double> { Tag = 1, Value = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U097() { Sink(new Box1<object> { Tag = 1, Value = "" }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U098() { Sink(new Box1<Guid> { Tag = 1, Value = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U099() { Sink(new Box1<decimal> { Tag = 1, Value = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U100() { Sink(new Box1<DateTime> { Tag = 1, Value = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U101() { Sink(new Box1<S_Empty> { Tag = 1, Value = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U102() { Sink(new Box1<Vector128<byte>> { Tag = 1, Value = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U103() { Sink(new Triple<byte> { A = 1, B = 2, C = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U104() { Sink(new Triple<long> { A = 1, B = 2, C = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U105() { Sink(new Triple<object> { A = "", B = 2, C = "" }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U106() { Sink(new Triple<S_ThreeBytes> { A = default, B = 2, C = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U107() { int x = 1; long y = 2; var rs1 = new RS_Ref { R = ref x, I = 1 }; Consume(rs1.I, rs1.R); var rs2 = new RS_IntRef { I = 1, R = ref x }; Consume(rs2.I, rs2.R); var rs3 = new RS_ByteRefByte { A = 1, R = ref y, B = 2 }; Consume(rs3.A + rs3.B, (int)rs3.R); var rs4 = new RS_RefObj { R = ref x, O = "", I = 1 }; Consume(rs4.I, rs4.R, rs4.O); var rs5 = new RS_Span { S = default, B = 1 }; Consume(rs5.B, rs5.S.Length); var rs6 = new RS_Nested { A = 1, Inner = rs1, S = 2 }; Consume(rs6.A + rs6.S, rs6.Inner.I); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U108() { var ia1 = new IA_Byte3(); ia1[0] = 1; Sink(ia1); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U109() { var ia2 = new IA_Long4(); ia2[1] = 1; Sink(ia2); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U110() { var ia3 = new IA_Obj3(); ia3[2] = ""; Sink(ia3); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U111() { var ia4 = new IA_Struct2(); ia4[1] = default; Sink(ia4); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U112() { var ia5 = new IA_Three5(); ia5[1] = default; Sink(ia5); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U113() { var ia6 = new IA_RefStruct2(); ia6[1] = default; Sink(ia6); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U114() { Sink(new IA_Holder { A = 1, X = default, B = 2, Y = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U115() { Sink(new IA_Holder2 { A = 1, X = default, B = 2, Y = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U116() { var fb = new FB { B = 1, C = 2 }; fb.Arr[1] = 3; Sink(fb); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U117() { var fb2 = new FB2 { L = 1 }; fb2.Bytes[1] = 3; Sink(fb2); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U118() { var fb3 = new FB3(); fb3.D[1] = 3; Sink(fb3); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U119() { Sink(new C_Empty()); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U120() { Sink(new C_Byte { B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U121() { Sink(new C_Mixed { A = 1, O = "", I = 2, L = 3, S = 4, T = "", Z = 5, St = default, D = 6, R = default, Tb = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U122() { Sink(new C_Derived { B = 1, B2 = 2, I = 3, O = "" }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U123() { Sink(new C_Derived2 { B = 1, B2 = 2, I = 3, O = "", S = 4, L = 5 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U124() { Sink(new C_Odd { A = 1, B = 2, C = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U125() { Sink(new C_OddDerived { A = 1, L = 2, B2 = 3, S = 4, O = "", I = 5 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U126() { Sink(new C_ObjOnly { B = 1, O1 = "", O2 = "" }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U127() { Sink(new C_Gaps { A = 1, S1 = 2, S2 = 3, I = 4, X = 5 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U128() { Sink(new C_Structs { A = default, B = 1, C = default, D = default, E = default }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U129() { Sink(new C_Vectors { B = 1, V = default, I = 2, S = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U130() { Sink(new C_Inline { A = default, B = default, C = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U131() { Sink(new C_Refs { A = "", B = "", C = null!, D = null! }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U132() { Sink(new C_RefsDerived { A = "", E = "", F = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U133() { Sink(new C_Seq { B = 1, L = 2, I = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U134() { Sink(new C_SeqDerived { B = 1, B2 = 2, S = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U135() { Sink(new C_SeqObj { B = 1, O = "", I = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U136() { Sink(new C_SeqPack1 { B = 1, L = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U137() { Sink(new C_SeqSize20 { B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U138() { Sink(new C_FromSeqEmpty { B = 1, I = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U139() { Sink(new C_SeqFromSeqEmpty { B = 1, I = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U140() { Sink(new C_Expl { I = 1, F = 2, O = "" }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U141() { Sink(new C_ExplSize32 { L = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U142() { Sink(new C_ExplDerived { L = 1, B = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U143() { Sink(new C_FromLib5 { I = 1, B = 2, B2 = 3, S = 4, L = 5 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U144() { Sink(new C_FromLib1 { B = 1, X = 2, O = "", I = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U145() { Sink(new C_FromLibGen { Value = 1, Tag = 2, B2 = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U146() { Sink(new C_FromLibGenByte { Value = 1, Tag = 2, B2 = 3, S = 4 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U147() { Sink(new C_FromLibSeq { I = 1, S = 2, B = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U148() { Sink(new C_FromForeign { B = 1, X = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U149() { Sink(new C_WithLibStruct { L = default, B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U150() { Sink(new C_WithLibStructDerived { B = 1, X = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U151() { Sink(new C_FromDerivedInBubble { B2 = 1, X = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U152() { Sink(new C_FromException { B = 1, I = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U153() { Sink(new C_FromEventArgs { B = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U154() { Sink(new C_FromGen { A = 1, Value = 2, I = 3, X = 4 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U155() { Sink(new Gen<object> { A = 1, Value = "", I = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U156() { Sink(new Gen<S_ByteLong> { A = 1, Value = default, I = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U157() { Sink(new Gen<byte> { A = 1, Value = 2, I = 3 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void U158() { Sink(new Gen<R_ObjByte> { A = 1, Value = default, I = 3 }); }

    [MethodImpl(MethodImplOptions.NoInlining)] static void V000() { Sink(new C_SeqSize20Derived { B = 1, X = 2 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void V001() { Sink(new C_SeqFromSeqObj { B = 1, O = "", I = 2, X = 3, L = 4 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void V002() { Sink(new X_SizeSmall { I = 1 }); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void V003() { Sink(new X_Size12Long { L = 1 }); }

    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W000() { Sink(ST_Statics.SB); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W001() { Sink(ST_Statics.SL); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W002() { Sink(ST_Statics.SO); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W003() { Sink(ST_Statics.SS); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W004() { Sink(ST_Statics.SI); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W005() { Sink(ST_Statics.ST); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W006() { Sink(ST_Statics.TI); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W007() { Sink(ST_Statics.TO); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W008() { Sink(ST_Statics.TS); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W009() { Sink(ST_Statics.TSh); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W010() { Sink(ST_Statics.SE); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W011() { Sink(ST_Statics.SD); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W012() { Sink((nint)ST_Statics.SP); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W013() { Sink(ST_Statics.SSh); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W014() { Sink(ST_Statics.SR); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W015() { Sink(ST_Statics.SI128); }
    [MethodImpl(MethodImplOptions.NoInlining)] static unsafe void W016() { Sink(ST_Statics.Arr); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void V005() { Sink(ST_Struct.B); Sink(ST_Struct.O); Sink(ST_Struct.L); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void V006()
    {
        Sink(ST_Gen<int>.Value); Sink(ST_Gen<int>.I); Sink(ST_Gen<int>.O); Sink(ST_Gen<int>.B); Sink(ST_Gen<int>.TL); Sink(ST_Gen<int>.TV);
    }

    [MethodImpl(MethodImplOptions.NoInlining)] static void Consume(int a, int b, object? o = null) { }
}
