using System.Diagnostics.CodeAnalysis;

// CaseStore.cs and CaseStoreContractAdapter.cs are code blocks of docs/storage.md, character for character
// (StorageDocumentationTests checks it); the blocks declare their classes without a namespace, as a reader pastes them.
[assembly: SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The documentation's code block, kept identical.", Scope = "type", Target = "~T:CaseStore")]
[assembly: SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The documentation's code block, kept identical.", Scope = "type", Target = "~T:CaseNotVerifiedException")]
[assembly: SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The documentation's code block, kept identical.", Scope = "type", Target = "~T:CaseStoreContractAdapter")]
