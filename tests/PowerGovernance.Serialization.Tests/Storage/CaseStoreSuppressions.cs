using System.Diagnostics.CodeAnalysis;

// CaseStore.cs is the code block of docs/storage.md, character for character (StorageDocumentationTests checks it); the
// block declares its class without a namespace, as a reader pastes it.
[assembly: SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The documentation's code block, kept identical.", Scope = "type", Target = "~T:CaseStore")]
