// dispatch/generic_variance: covariant (out T) and contravariant (in T) interfaces: casts and
// calls through variant conversions, variance not applying to value-type arguments, and
// variance in generic interface dispatch with multiple candidate implementations.
using System;
using System.Globalization;
using System.Collections.Generic;

interface IProducer<out T> { T Make(); }
interface IConsumer<in T> { string Take(T item); }

class Animal { public virtual string Name => "animal"; }
class Cat : Animal { public override string Name => "cat"; }

class CatFactory : IProducer<Cat> { public Cat Make() => new Cat(); }
class AnimalPrinter : IConsumer<Animal> { public string Take(Animal a) => "printed " + a.Name; }
class IntProducer : IProducer<int> { public int Make() => 5; }

static class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(id + ": " + actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string UseProducer(IProducer<Animal> p) => p.Make().Name;
    static string UseConsumer(IConsumer<Cat> c) => c.Take(new Cat());

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        IProducer<Cat> cats = new CatFactory();
        IProducer<Animal> animals = cats;                 // covariance
        IProducer<object> objects = cats;
        Check(1, UseProducer(new CatFactory()), "cat");
        Check(2, objects.Make().GetType().Name, "Cat");

        IConsumer<Animal> printer = new AnimalPrinter();
        IConsumer<Cat> catPrinter = printer;              // contravariance
        Check(3, UseConsumer(new AnimalPrinter()) + "|" + catPrinter.Take(new Cat()), "printed cat|printed cat");

        object o = new CatFactory();
        object ip = new IntProducer();
        Check(4, "" + (o is IProducer<Animal>) + (o is IProducer<object>) + (o is IProducer<string>), "TrueTrueFalse");
        Check(5, "" + (ip is IProducer<int>) + (ip is IProducer<object>) + (ip is IProducer<long>), "TrueFalseFalse");
        object pr = new AnimalPrinter();
        Check(6, "" + (pr is IConsumer<Cat>) + (pr is IConsumer<object>), "TrueFalse");

        IEnumerable<Animal> seq = new List<Cat> { new Cat(), new Cat() };
        string names = "";
        foreach (Animal a in seq) names += a.Name + ";";
        Check(7, names, "cat;cat;");

        IComparer<Cat> cmp = new ByName();             // IComparer<in T>
        Check(8, cmp.Compare(new Cat(), new Cat()).ToString(), "0");

        object arrayOfCats = new Cat[0];
        Check(9, "" + (arrayOfCats is IEnumerable<Animal>) + (arrayOfCats is IReadOnlyList<object>) + (new int[0] is IEnumerable<object>), "TrueTrueFalse");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}

class ByName : IComparer<Animal> { public int Compare(Animal? x, Animal? y) => string.CompareOrdinal(x!.Name, y!.Name); }
/* EXPECT
exit: 100
--- stdout
1: cat
2: Cat
3: printed cat|printed cat
4: TrueTrueFalse
5: TrueFalseFalse
6: TrueFalse
7: cat;cat;
8: 0
9: TrueTrueFalse
PASS
--- stderr
*/
