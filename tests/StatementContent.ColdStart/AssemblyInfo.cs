// IStringLocalizer finds Resources/Strings*.resx under the assembly's root namespace: the benchmarks' one.
[assembly: Microsoft.Extensions.Localization.RootNamespace("StatementContent.Benchmarks")]
