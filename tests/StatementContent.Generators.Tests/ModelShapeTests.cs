using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatementContent.Generators.Model;
using StatementContent.Generators.Parsing;
using Xunit;

namespace StatementContent.Generators.Tests;

/// <summary>
/// The caching contract, checked on the types themselves: everything reachable from a pipeline model is a
/// string, a primitive, an enum, a record-like type with value equality, or an EquatableArray of those —
/// never a Roslyn object (symbol, compilation, syntax, text, location) and never a plain array or list.
/// </summary>
public class ModelShapeTests
{
    public static TheoryData<Type> PipelineModels => new()
    {
        typeof(ParsedFile),
        typeof(ContentAssembly),
        typeof(StatementModel),
        typeof(StatementIndexModel),
        typeof(UiStringsModel),
        typeof(RuntimeModel),
        typeof(OutputOptions),
        typeof(BuildSettings),
        typeof(DiagnosticInfo),
    };

    [Theory]
    [MemberData(nameof(PipelineModels))]
    public void Model_graph_holds_only_value_equatable_data(Type root)
    {
        var seen = new HashSet<Type>();
        var problems = new List<string>();
        Walk(root, root.Name, seen, problems);
        Assert.Empty(problems);
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, List<string> problems)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || !seen.Add(type))
        {
            return;
        }

        Type underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying != type)
        {
            Walk(underlying, path, seen, problems);
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Walk(type.GetGenericArguments()[0], path + "[]", seen, problems);
            return;
        }

        if (type.IsArray || typeof(IEnumerable).IsAssignableFrom(type))
        {
            problems.Add($"{path}: {type.Name} has no value equality; use EquatableArray<T>");
            return;
        }

        if (type.Assembly == typeof(Compilation).Assembly || type.Assembly == typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly
            || typeof(SourceText).IsAssignableFrom(type) || typeof(ISymbol).IsAssignableFrom(type))
        {
            problems.Add($"{path}: {type.FullName} is a Roslyn object; keep only plain data in models");
            return;
        }

        if (type.GetMethod("Equals", new[] { type }) is null || type.GetInterface("IEquatable`1") is null)
        {
            problems.Add($"{path}: {type.Name} does not implement value equality");
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.FieldType, path + "." + field.Name.Trim('<').Split('>')[0], seen, problems);
        }
    }
}
