using System;
using System.Text;
using StatementContent.Cli;

// Russian text must reach a Windows console intact too; Linux and macOS consoles are UTF-8 already.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
// Colour only on a terminal, and never under NO_COLOR (https://no-color.org).
bool color = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
return CliApp.Run(args, Console.Out, Console.Error, color);
