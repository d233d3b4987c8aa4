// Virtual and interface dispatch: overrides and base calls, sealed and abstract members,
// explicit implementations, default interface methods, static abstract interface members
// (constrained calls), generic virtual methods on classes and interfaces, and interface
// calls on structs (constrained, without boxing) and on boxed structs.
using System;
using System.Numerics;
using System.Runtime.CompilerServices;

abstract class Animal
{
    public abstract string Sound();
    public virtual string Describe() => GetType().Name + " says " + Sound();
    public virtual int Legs => 4;
    public virtual T Accept<T>(Func<Animal, T> visitor) => visitor(this);
}

class Dog : Animal
{
    public override string Sound() => "woof";
}

class Puppy : Dog
{
    public override string Sound() => "yip";
    public override string Describe() => "small " + base.Describe();
    public override T Accept<T>(Func<Animal, T> visitor) => base.Accept(visitor);
}

sealed class Bird : Animal
{
    public override string Sound() => "tweet";
    public override int Legs => 2;
}

interface IGreeter
{
    string Name { get; }
    string Greet() => "Hello, " + Name;           // default interface method
    string Shout() => Greet().ToUpperInvariant();  // DIM calling DIM
}

interface IFormal : IGreeter
{
    string IGreeter.Greet() => "Good day, " + Name; // DIM override in a derived interface
}

sealed class Plain : IGreeter
{
    public string Name => "plain";
}

sealed class Formal : IFormal
{
    public string Name => "formal";
}

sealed class Custom : IGreeter
{
    public string Name => "custom";
    public string Greet() => "Hi " + Name;
}

interface ICounter
{
    int Next();
}

struct StructCounter : ICounter
{
    int value;
    public int Next() => ++value;
}

interface IVisitor
{
    string Visit<T>(T value);
}

sealed class TypeNamer : IVisitor
{
    public string Visit<T>(T value) => typeof(T).Name + ":" + value;
}

sealed class Doubler : IVisitor
{
    public string Visit<T>(T value) => value + "" + value;
}

interface IExplicit
{
    int Value();
}

sealed class HasExplicit : IExplicit
{
    int IExplicit.Value() => 17;
    public int Value() => 4;
}

interface IZero<TSelf> where TSelf : IZero<TSelf>
{
    static abstract TSelf Zero { get; }
    static virtual string Label => "zero";
}

struct Money : IZero<Money>, IAdditionOperators<Money, Money, Money>
{
    public long Cents;
    public static Money Zero => new Money { Cents = 0 };
    public static string Label => "no money";
    public static Money operator +(Money a, Money b) => new Money { Cents = a.Cents + b.Cents };
}

static class Calls
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Bump<T>(ref T counter) where T : ICounter => counter.Next();

    [MethodImpl(MethodImplOptions.NoInlining)]
    static T Sum<T>(T[] xs) where T : IZero<T>, IAdditionOperators<T, T, T>
    {
        T acc = T.Zero;
        foreach (var x in xs)
            acc += x;
        return acc;
    }

    static string LabelOf<T>() where T : IZero<T> => T.Label;

    static T GenericMathSum<T>(ReadOnlySpan<T> xs) where T : INumber<T>
    {
        T acc = T.Zero;
        foreach (var x in xs)
            acc += x;
        return acc;
    }

    public static void Run()
    {
        Animal[] zoo = { new Dog(), new Puppy(), new Bird() };
        Check.Eq("Dog.Describe", zoo[0].Describe(), "Dog says woof");
        Check.Eq("Puppy.Describe (base call)", zoo[1].Describe(), "small Puppy says yip");
        Check.Eq("Bird.Describe", zoo[2].Describe(), "Bird says tweet");
        int legs = 0;
        foreach (var a in zoo) legs += a.Legs;
        Check.Eq("sum of virtual Legs", legs, 10);
        Check.Eq("GVM Accept<int>", zoo[1].Accept(a => a.Legs * 10), 40);
        Check.Eq("GVM Accept<string>", zoo[2].Accept(a => a.Sound()), "tweet");

        IGreeter[] greeters = { new Plain(), new Formal(), new Custom() };
        Check.Eq("DIM Greet", greeters[0].Greet(), "Hello, plain");
        Check.Eq("DIM override in interface", greeters[1].Greet(), "Good day, formal");
        Check.Eq("class method implements DIM", greeters[2].Greet(), "Hi custom");
        Check.Eq("DIM Shout", greeters[1].Shout(), "GOOD DAY, FORMAL");

        var sc = new StructCounter();
        Bump(ref sc);
        Bump(ref sc);
        Check.Eq("constrained call on struct (no boxing)", Bump(ref sc), 3);
        ICounter boxed = sc;
        boxed.Next();
        Check.Eq("interface call on boxed struct", boxed.Next(), 5);
        Check.Eq("original struct unchanged", sc.Next(), 4);

        IVisitor[] visitors = { new TypeNamer(), new Doubler() };
        Check.Eq("interface GVM <int>", visitors[0].Visit(42), "Int32:42");
        Check.Eq("interface GVM <string>", visitors[0].Visit("s"), "String:s");
        Check.Eq("interface GVM <double>", visitors[1].Visit(1.5), "1.51.5");
        Check.Eq("interface GVM <Money>", visitors[0].Visit(new Money { Cents = 3 }).Substring(0, 6), "Money:");

        var he = new HasExplicit();
        Check.Eq("explicit impl", ((IExplicit)he).Value(), 17);
        Check.Eq("public same-name method", he.Value(), 4);

        var wallet = new[] { new Money { Cents = 150 }, new Money { Cents = 275 } };
        Check.Eq("static abstract + operator", Sum(wallet).Cents, 425L);
        Check.Eq("static virtual override", LabelOf<Money>(), "no money");
        Check.Eq("INumber<int> sum", GenericMathSum<int>(new[] { 1, 2, 3, 4 }), 10);
        Check.Eq("INumber<double> sum", GenericMathSum<double>(new[] { 0.5, 0.25 }), 0.75);
        Check.Eq("INumber<decimal> sum", GenericMathSum<decimal>(new[] { 1.1m, 2.2m }), 3.3m);
    }
}
