using System;
using System.Text;
using StatementContent.Cli;

// Russian text must reach a Windows console intact too; Linux and macOS consoles are UTF-8 already.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, Console.Out, Console.Error);
