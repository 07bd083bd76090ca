namespace Pipeline.Publishing;

/// <summary>Counts of what one reconcile pass did.</summary>
public sealed record ReconcileReport(int Examined, int Published, int Unpublished, int Failed);
