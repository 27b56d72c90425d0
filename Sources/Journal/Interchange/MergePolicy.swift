/// How `importLines` treats a record that exists here with other content.
public enum MergePolicy: Sendable, Equatable {
    /// `recourse import`: nothing here is ever overwritten. A record changed on both sides, or only
    /// on the other, is kept as it is here and listed as a conflict with the other version.
    case keepLocal
    /// `recourse sync`: a change made after the version held here is applied (fast-forward); two
    /// concurrent changes are resolved the same way on every device (the later revision, then the
    /// greater revision uuid, is shown) and both versions are kept as a conflict.
    case converge
}
