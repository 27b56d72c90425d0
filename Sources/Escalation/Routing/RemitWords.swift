import Foundation
import Journal
import Lexicon

/// Why a body does not cover a case, in both languages: the CLI refuses in the interface language,
/// a forced draft shows it in the draft's.
enum RemitWords {
    static func unmet(_ problem: Router.RemitProblem, body: BodyProfile, organization: Organization, category: CaseCategory,
                      instead: [BodyProfile]) -> SubmissionDraft.Unmet {
        func sentence(_ language: Language) -> String {
            // An English sentence names the body by its id (what `--to` takes); a Chinese one by its name.
            let name = language == .zh ? body.names.zh : body.id
            let reason: String = switch problem {
            case .country:
                Message.remitOtherCountry.text(in: language, name, body.jurisdiction, organization.jurisdiction ?? "?")
            case .kind:
                Message.remitOtherKind.text(in: language, name, DraftWords.kind(organization.kind, language),
                                            body.scope.map { OrganizationKind(rawValue: $0).map { DraftWords.kind($0, language) } ?? $0 }
                                                .joined(separator: language == .zh ? "、" : ", "))
            case .sector:
                Message.remitOtherSector.text(in: language, name, SectorWords.name(Router.sector(organization), language),
                                              (body.sectors ?? []).map { SectorWords.name($0, language) }.joined(separator: language == .zh ? "、" : ", "),
                                              organization.id.map(String.init) ?? "N")
            case .category:
                Message.remitOtherCategory.text(in: language, name, category.rawValue, (body.categories ?? []).joined(separator: language == .zh ? "、" : ", "))
            }
            let others = instead.filter { $0.id != body.id }
            guard !others.isEmpty else { return reason }
            return reason + Message.remitInstead.text(in: language, others.map { language == .zh ? "\($0.names.zh)（\($0.id)）" : "\($0.names.en) (\($0.id))" }
                .joined(separator: language == .zh ? "；" : "; "))
        }
        return SubmissionDraft.Unmet(en: sentence(.en), zh: sentence(.zh))
    }
}

/// A banking group's name in a given language (drafts and refusals may be in a language other than the interface's).
public enum SectorWords {
    public static func name(_ raw: String, _ language: Language) -> String {
        let message: Message? = switch BankSector(rawValue: raw) {
        case .private: .sectorPrivate
        case .public: .sectorPublic
        case .savings: .sectorSavings
        case .cooperative: .sectorCooperative
        case .noScheme: .sectorNone
        case nil: raw == Router.unknownSector ? .sectorUnknown : nil
        }
        return message.map { $0.text(in: language) } ?? raw
    }
}
