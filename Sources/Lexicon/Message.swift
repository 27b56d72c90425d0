/// The message catalog: every word Recourse shows a user, in every language it speaks.
///
/// One case per message, one row per case in `forms`, one column per `Language`. Arguments are
/// written `{1}`, `{2}`… and filled by `text(_:)`; English plurals are `singular|plural`.
/// Libraries and the command line both say things only through this type, so a screen can be
/// checked for a language in one place, and a new language is one more column.
public enum Message: CaseIterable, Sendable {
    // MARK: - Help screens (--help): abstracts, discussions, option help; see HelpWords for ArgumentParser's own words
    case helpConflictsAbstract
    case helpConflictsDiscussion
    case helpConflictsListAbstract
    case helpConflictsListDiscussion
    case helpConflictsResolveAbstract
    case helpConflictsResolveDiscussion
    case helpConflictsResolveConflictID
    case helpConflictsResolveKeep
    case helpConflictsResolveAt
    case helpRepairAt
    // MARK: - #22 snapshot: edits dated like every other change
    case helpChangeAt
    case helpSyncAbstract
    case helpSyncDiscussion
    case helpSyncFolder
    case helpSyncStatus
    case helpSyncName
    case helpSyncPassphraseFile
    case helpSyncNewDevice
    case helpConflictsAll
    case helpConflictsVerbose
    case helpExportAbstract
    case helpExportDiscussion
    case helpExportFormat
    case helpExportCaseID
    case helpExportWithFiles
    case helpImportAbstract
    case helpImportDiscussion
    case helpImportPath
    case helpImportTemplate
    case helpExportNoRedact
    case helpImportFiles
    case helpImportAt
    case helpHeadingOverview
    case helpHeadingUsage
    case helpHeadingArguments
    case helpHeadingOptions
    case helpHeadingSubcommands
    case helpFlagHelp
    case helpFlagVersion
    case helpCommandHelp
    case helpDefaultValue
    case helpValues
    case helpValuesDefault
    case helpDefaultSubcommand
    case helpSeeSubcommandHelp
    case helpAgendaCommandAbstract
    case helpAgendaCommandDiscussion
    case helpAgendaCommandDays
    case helpAgendaCommandQuietDays
    case helpAgendaCommandNotify
    case helpAgendaCommandExitStatus
    case helpAgendaCommandAll
    case helpBackupAbstract
    case helpBackupDiscussion
    case helpBackupPath
    case helpBodiesAbstract
    case helpBodiesDiscussion
    case helpBodiesId
    case helpCalendarExportAbstract
    case helpCalendarExportDiscussion
    case helpOutputFile
    case helpCalendarExportForce
    case helpCaseCommandAbstract
    case helpCaseCommandDiscussion
    case helpCaseNumber
    case helpCaseCommandNote
    case helpCaseCommandCloseAbstract
    case helpCaseCommandReopenAbstract
    case helpCaseCommandReopenDiscussion
    case helpCaseCommandEditAbstract
    case helpCaseCommandEditDiscussion
    case helpCaseCommandEditTitle
    case helpCaseCommandEditCategory
    case helpCaseCommandEditAmount
    case helpCaseCommandEditAccount
    case helpCaseCommandEditWants
    case helpCaseCommandEditTransactionAt
    case helpCaseCommandEditCounterparty
    case helpCaseCommandEditDevice
    case helpCasesAbstract
    case helpCasesDiscussion
    case helpCheckAbstract
    case helpCheckDiscussion
    case helpCheckThing
    case helpConfigCommandAbstract
    case helpConfigCommandDiscussion
    case helpConfigCommandListAbstract
    case helpConfigCommandListDiscussion
    case helpConfigCommandGetAbstract
    case helpConfigCommandGetDiscussion
    case helpSettingKey
    case helpConfigCommandSetAbstract
    case helpConfigCommandSetDiscussion
    case helpConfigCommandSetValue
    case helpCorrectAbstract
    case helpCorrectDiscussion
    case helpCorrectContactID
    case helpCorrectAt
    case helpCorrectVia
    case helpCorrectDirection
    case helpCorrectNumber
    case helpCorrectAgent
    case helpCorrectReference
    case helpCorrectDuration
    case helpCorrectSummary
    case helpCorrectAdvice
    case helpCorrectOutcome
    case helpCorrectReason
    case helpDemoAbstract
    case helpDemoDiscussion
    case helpDoctorAbstract
    case helpDoctorDiscussion
    case helpDeep
    case helpDoctorClean
    case helpDraftAbstract
    case helpDraftDiscussion
    case helpDraftFormat
    case helpDraftTemplate
    case helpDraftNoRedact
    case helpDraftForce
    case helpDraftCheck
    case helpDraftComplaintAbstract
    case helpDraftComplaintDiscussion
    case helpDraftRegulatorAbstract
    case helpDraftRegulatorDiscussion
    case helpDraftRegulatorTo
    case helpDraftEvidenceAbstract
    case helpDraftEvidenceDiscussion
    case helpTemplateCommandAbstract
    case helpTemplateCommandDiscussion
    case helpTemplateCommandListAbstract
    case helpTemplateCommandListDiscussion
    case helpTemplateCommandShowTemplateAbstract
    case helpTemplateCommandShowTemplateDiscussion
    case helpTemplateCommandShowTemplateName
    case helpTemplateCommandPathAbstract
    case helpTemplateCommandPathDiscussion
    case helpTemplateCommandPathName
    case helpProfileCommandAbstract
    case helpProfileCommandDiscussion
    case helpProfileCommandShowAbstract
    case helpProfileCommandShowDiscussion
    case helpProfileCommandSetAbstract
    case helpProfileCommandSetDiscussion
    case helpProfileCommandSetKey
    case helpProfileCommandSetValue
    case helpEscalateAbstract
    case helpEscalateDiscussion
    case helpEscalateTo
    case helpEscalateAt
    case helpEscalateReference
    case helpEscalateNote
    case helpNoInput
    case helpEscalationCommandAbstract
    case helpEscalationCommandDiscussion
    case helpEscalationCommandRespondAbstract
    case helpSubmissionNumber
    case helpEscalationCommandRespondAt
    case helpEscalationCommandRespondNote
    case helpEscalationCommandCloseAbstract
    case helpEscalationCommandCloseDiscussion
    case helpHowItEnded
    case helpLogAbstract
    case helpLogDiscussion
    case helpLogOrganization
    case helpLogVia
    case helpLogDirection
    case helpLogNumber
    case helpLogAgent
    case helpLogReference
    case helpLogDuration
    case helpLogSummary
    case helpLogAdvice
    case helpLogPromise
    case helpLogExtends
    case helpLogDue
    case helpLogCaseID
    case helpLogNewCase
    case helpLogAt
    case helpLogAttach
    case helpManualAbstract
    case helpManualDiscussion
    case helpOrgCommandAbstract
    case helpOrgCommandDiscussion
    case helpOrgCommandAddAbstract
    case helpOrgCommandAddDiscussion
    case helpOrgCommandAddName
    case helpOrgCommandAddAlias
    case helpOrgCommandAddOfficial
    case helpOrgKind
    case helpOrgCommandAddJurisdiction
    case helpOrgCommandEditAbstract
    case helpOrgCommandEditDiscussion
    case helpOrgCommandEditOrganizationID
    case helpOrgCommandEditName
    case helpOrgCommandEditJurisdiction
    case helpOrgCommandEditAddress
    case helpOrgCommandListAbstract
    case helpOrgCommandListDiscussion
    case helpOverdueAbstract
    case helpOverdueDiscussion
    case helpOverdueExitStatus
    case helpPrepAbstract
    case helpPrepDiscussion
    case helpPrepFormat
    case helpPromiseCommandAbstract
    case helpPromiseCommandDiscussion
    case helpPromiseCommandPromiseID
    case helpPromiseCommandNote
    case helpPromiseCommandAt
    case helpPromiseCommandCurrent
    case helpPromiseCommandKeptAbstract
    case helpPromiseCommandBrokenAbstract
    case helpPromiseCommandBrokenDiscussion
    case helpPromiseCommandCancelAbstract
    case helpPromiseCommandCancelDiscussion
    case helpPromiseCommandExtendAbstract
    case helpPromiseCommandExtendDiscussion
    case helpPromiseCommandExtendPromiseID
    case helpPromiseCommandExtendDue
    case helpPromiseCommandExtendAt
    case helpPromiseCommandExtendContact
    case helpPromiseCommandExtendNote
    case helpPromiseCommandExtendCurrent
    case helpRestoreAbstract
    case helpRestoreDiscussion
    case helpRestoreBackup
    case helpSearchAbstract
    case helpSearchDiscussion
    case helpSearchText
    case helpSearchLimit
    case helpSeedBenchmarkAbstract
    case helpSeedBenchmarkDiscussion
    case helpSeedBenchmarkContacts
    case helpSeedBenchmarkProfile
    case helpShowAbstract
    case helpShowDiscussion
    case helpShowHistory
    case helpVerifyAbstract
    case helpVerifyDiscussion
    case helpVerifyQuotedHead
    case helpRecourseAbstract
    case helpRecourseDiscussion
    case helpGlobalOptionsDb
    case helpGlobalOptionsJson
    case helpGlobalOptionsAsOf
    case helpGlobalOptionsLang
    case helpCasesAll
    // MARK: - Dates, times and spans
    case weekdayNames
    case monthNames
    case dateThisYear
    case dateOtherYear
    case spanMinutes
    case spanHours
    case spanDays
    case late
    case dueIn
    case durationMinutes
    // MARK: - Vocabulary: channels, directions, statuses, kinds
    case channelPhone
    case channelChat
    case channelApp
    case channelWeb
    case channelEmail
    case channelWechat
    case channelWeibo
    case channelLetter
    case channelVisit
    case channelSms
    case channelOther
    case inboundMark
    case promisePending
    case promiseKept
    case promiseBroken
    case promiseSuperseded
    case promiseCancelled
    case caseOpen
    case caseClosed
    case submissionOpen
    case submissionResponded
    case submissionClosed
    case bodyRegulator
    case bodyOmbudsman
    case bodyAdr
    case bodyMediation
    case bodyEnforcement
    case bodyCompany
    case unitCalendarDays
    case unitBusinessDays
    case unitWorkingDays
    case unitWeeks
    case unitMonths
    case unitYears
    case triggerComplaintReceived
    case triggerComplaintForwarded
    case triggerComplaintAccepted
    case triggerCompleteFileReceived
    case triggerFinalResponse
    case triggerHarmKnown
    case triggerComplaintToTrader
    case triggerCompanyResponse
    case triggerFirstStatement
    case triggerNoticeReceived
    case triggerOther
    // MARK: - Table headings
    case colPromise
    case colOrganization
    case colCase
    case colPromised
    case colSaid
    case colDue
    case colWhen
    case colMoved
    case colRef
    case colAgent
    case colTitle
    case colLastContact
    case colQuiet
    case colPending
    case colContacts
    case colNextDue
    case colLastActivity
    case colContact
    case colWhenHappened
    case colWhatWasSaid
    case colId
    case colType
    case colWhere
    case colName
    case colFirmDeadline
    case colThatRule
    case ruleConfirmed
    case ruleUnconfirmed
    case colAliases
    case colOpenCases
    case colOfficialChannels
    // MARK: - overdue and agenda
    case nothingOverdueSentence
    case agendaTitle
    case sectionHeading
    case sectionOverdue
    case sectionDueSoon
    case sectionClocks
    case sectionQuiet
    case nothingOverdue
    case nothingDue
    case noClocks
    case noQuietCases
    case sectionFlagged
    case flagChannel
    case flagRedFlags
    // MARK: - #20 fraud path (impersonation, draft police, draft bank)
    case flagImpersonation
    case impersonationFlag
    case logOfferImpersonation
    case impersonationMarked
    case helpLogImpersonation
    case helpCorrectImpersonation
    case draftFraudCase
    case draftPolice
    case draftBank
    case helpDraftPoliceAbstract
    case helpDraftPoliceDiscussion
    case helpDraftBankAbstract
    case helpDraftBankDiscussion
    case fraudCheckNoAccount
    case fraudCheckNoBank
    case fraudCheckReadable
    case fraudCheckWarning
    case fraudStepsCN
    case fraudStepsGB
    case fraudStepsUS
    case fraudStepsEU
    case fraudStepsOther
    // MARK: - #20 follow-up: the FOS after a refused or late APP claim
    case fosAppNeedsClaim
    case fosAppNotYet
    case fosAppTitle
    case fosAppThirdParty
    case fosAppOwnBankImpersonated
    case fosAppClaimed
    case fosAppPayment
    case fosAppAccountUnknown
    case fosAppClaim
    case fosAppRefused
    case fosAppLate
    case fosAppPending
    case fosAppRemedy
    case fosAppMoney
    case fosAppYourBank
    case channelAdviceCN
    case channelAdviceGB
    case channelAdviceUS
    case prepFraudAsk
    // MARK: - #20 end
    case moreItems
    case moreCases
    // MARK: - channel checks (genuine channels and red flags)
    case channelWhatToDo
    case channelOfficialNumber
    case channelInboundNotGenuine
    case channelOutboundNotGenuine
    case channelBelongsToOther
    case channelInboundUnverifiable
    case channelRedFlags
    case channelRedFlagItem
    case channelScamMark
    case channelUnconfirmedNote
    case channelGenuine
    case channelKindPhone
    case channelKindSite
    case channelKindApp
    case channelKindWechat
    case channelKindEmail
    case channelConfirmed
    case channelPublished
    case channelUnconfirmed
    case channelRecordedByYou
    case channelUnknownAddress
    case channelInstitutionList
    case channelListItem
    case channelItemUnconfirmed
    case channelClean
    case channelFlagLine
    case listSeparator
    /// Between a label and what follows it on one line: "de.dsgv · …: open since …".
    case labelColon
    case inferredKind
    case inferredJurisdiction
    case inferredKindUnknown
    case inferredNothing
    case inferredLine
    case clauseSeparator
    // MARK: - prompts, near-match offers, extensions, command suggestions
    case promptOrganization
    case promptChannel
    case promptNumber
    case promptAgent
    case promptReference
    case promptSummary
    case promptAdvice
    case promptPromise
    case promptDue
    case promptNewDue
    case promptNote
    case promptWhen
    case promptBody
    case promptSentAt
    case promptComplaintReference
    case promptGivenOnContact
    case promptEnterSkips
    case promptEnterIsNow
    case promptEnterIsPhone
    case promptEnterIsNone
    case promptRequired
    case promptDueExamples
    case promptAPromiseNeedsADueTime
    case promptAnswerRequired
    case promptSave
    case promptYesNoYes
    case promptYesNoNo
    case promptAnswerYesOrNo
    case promptAbandoned
    case promptNewCaseChoice
    case promptRecordTitle
    case promptCaseLabel
    case promptNewCaseLabel
    case promptExtendsLabel
    case promptWhichOrganizationPrompt
    case promptUnknownCommandSuggest
    case promptUnknownCommand
    case promptOpenCases
    case promptWhichCaseOnly
    case promptWhichCase
    case promptNotAChoice
    case promptExtensionLine
    case promptMeant
    case promptCreatesNew
    case promptWhichOrganization
    case promptNearOrganization
    case promptMovedCount
    case promptSuperseded
    case promptMovedOnContact
    case promptMovedBy
    case promptMovedOn
    case logWarningsKept
    case channelCheckFailed
    case notificationTitle
    case notificationQuiet
    case notifyMissing
    case notifyFailed
    case notifyCannotRun
    // MARK: - Escalation clocks
    case clockOpenSince
    case clockOpens
    case clockDue
    case clockPassedUnanswered
    case clockClosed
    case clockCloses
    case clockUnconfirmed
    case clockLine
    case clockNextStep
    case clockAnswerDue
    case clockAnswerDueWhat
    case clockNoWaiting
    case clockFirmPeriod
    case clockBeyondCalendar
    case clockPeriodFrom
    // MARK: - #19 routing and rulebook
    case clockNoLegalClock
    case remitOtherCountry
    case remitOtherKind
    case remitOtherCategory
    case remitInstead
    case checkNoLegalClock
    case checkReplyByPassed
    case helpDraftReplyBy
    case helpBodiesStale
    case bodiesStaleHeader
    case bodiesStaleNone
    case bodiesStaleLine
    case bodiesNeverChecked
    case bodySourceChecked
    case helpRespondHolding
    case helpRespondFinal
    case helpRespondDeadlock
    case submissionHoldingDone
    case submissionDeadlockDone
    case respondOneKind
    case respondHoldingNotCompany
    case checkBodyLanguage
    case clockLineNoDate
    case checkPaymentServiceUndecided
    case helpEscalateReplyBy
    case promptReplyBy
    case errReplyByCompanyOnly
    case errReplyByNotAfterSent
    case clockUserReplyBy
    // MARK: - cases
    case noCasesYet
    case noOpenCases
    case closedMark
    case overdueMark
    // MARK: - log
    case newOrganization
    case openedCase
    case loggedContact
    case loggedPromise
    case keptEvidence
    case promiseWithoutDue
    case caseWithNewCase
    case nameOrCase
    case dueWithoutPromise
    // MARK: - show
    case caseHeader
    case caseSince
    case contactCount
    case pendingCount
    case labelSummary
    case factTransactionAt
    case factCounterparty
    case factDevice
    // MARK: - #19 statement date
    case factStatementAt
    case helpCaseCommandEditStatementDate
    case fieldStatementAt
    case labelAdvice
    case labelOutcome
    case agentPart
    case refPart
    case evidenceLine
    case historyHeading
    case promiseLine
    case promiseOverdueBy
    case promiseKeptAt
    case promiseBrokenAt
    case promiseCancelledAt
    case extendsPromise
    case submissionsHeading
    case submissionLine
    case eventAttachmentAdded
    case eventCaseEdited
    case eventCaseOpened
    case eventCaseClosed
    case eventCaseReopened
    case eventContactCorrected
    case eventContactLogged
    case eventContactFlagged
    case eventEscalationClosed
    case eventEscalationResponded
    case eventEscalationSubmitted
    case eventJournalBaselined
    case eventAliasAdded
    case eventChannelAdded
    case eventOrganizationCreated
    case eventOrganizationUpdated
    case eventPromiseExtended
    case eventPromiseMade
    case eventPromiseKept
    case eventPromiseBroken
    case eventPromiseCancelled
    case eventOther
    case historyCorrected
    case historyEdited
    case byteCount
    // MARK: - search
    case noSearchHits
    case searchAgent
    case searchRef
    case limitRange
    // MARK: - promise, case, org, correct
    case promiseResolved
    case promiseExtended
    case caseClosedDone
    case caseReopenedDone
    case caseUpdated
    case unknownCategory
    case orgAdded
    case orgExisting
    case orgAliases
    case orgOfficial
    case orgNothingNew
    case noOrganizations
    case unknownChannel
    case unknownDirection
    case unknownOrgKind
    case contactCorrected
    // MARK: - #22 repairs: void, move, attach, promise correct
    case helpVoidAbstract
    case helpVoidDiscussion
    case helpVoidContactID
    case helpVoidReason
    case helpMoveAbstract
    case helpMoveDiscussion
    case helpMoveContactID
    case helpMoveCase
    case helpMoveNewCase
    case helpMoveOrganization
    case helpMoveReason
    case helpAttachAbstract
    case helpAttachDiscussion
    case helpAttachContactID
    case helpAttachFiles
    case helpPromiseCommandCorrectAbstract
    case helpPromiseCommandCorrectDiscussion
    case helpPromiseCommandCorrectDue
    case helpPromiseCommandCorrectText
    case helpPromiseCommandCorrectReason
    case contactVoided
    case contactMoved
    case contactMovedToNewCase
    case attachmentsAdded
    case promiseCorrected
    case errContactAlreadyVoided
    case errContactAlreadyOnCase
    case errMoveNeedsTarget
    case errMoveTwoTargets
    case errOrganizationWithoutNewCase
    case errCorrectNeedsDue
    case eventContactVoided
    case eventContactMovedOut
    case eventContactMovedIn
    case eventPromiseCorrected
    case errAmountAmbiguous
    case evidenceAddedLater
    case orgEdited
    case orgEditedAddress
    case jurisdictionUnknown
    case orgKindBank
    case orgKindWallet
    case orgKindPayment
    case orgKindInsurer
    case orgKindTelecom
    case orgKindShop
    case orgKindUtility
    case orgKindTransport
    case orgKindGovernment
    case orgKindOther
    // #19's organization kinds
    case orgKindSecurities
    case orgKindFund
    case orgKindFutures
    case orgKindCreditReporting
    case orgKindBroadband
    case orgKindEnergy
    case orgKindPlatform
    // MARK: - #19 German banking schemes by the bank's group
    case sectorPrivate
    case sectorPublic
    case sectorSavings
    case sectorCooperative
    case sectorNone
    case sectorUnknown
    case helpOrgSector
    case unknownSector
    case orgEditedSector
    case remitOtherSector
    case checkSectorUnknown
    case checkGermanApplication
    case helpBodiesCase
    case bodiesRouteHeader
    case bodiesRouteAfterComplaint
    case bodiesRouteNone
    case bodySectors
    case inferredSector
    // MARK: - #19 German banking schemes end
    case errEscalateNeedsBody
    case channelAddress
    case fieldAmount
    case fieldCurrency
    case fieldDueAt
    case promptNumberInbound
    case icsClockOpens
    case icsClockCloses
    case icsClockAnswerDue
    case icsClockSource
    case colHotline
    case promptMovedPromise
    case promptMovedPromiseDue
    case badDuration
    case badAmount
    // MARK: - escalate
    case recordedFormalComplaint
    case recordedComplaintUnder
    case recordedSubmission
    case submissionAnsweredDone
    case submissionClosedDone
    case noBody
    // MARK: - bodies
    case jurisdictionAny
    case bodyPeriodFrom
    case bodyVariant
    case bodyExtension
    case bodyExtensionDefault
    case bodyRule
    case bodyRuleUnconfirmed
    case bodyRequired
    case bodyEncouraged
    case bodyBefore
    case bodyFirmWithin
    case bodyItself
    case bodyConsumerWindow
    case bodyCalendar
    case bodyFields
    case bodyFieldRequired
    case bodyFieldMasked
    case bodySources
    case bodySourceConfirmed
    case bodySourceUnconfirmed
    case bodyNote
    case bodyKindWhere
    case bodyChannel
    case bodyVariantRule
    case bodyLongStop
    case bodyField
    case bodySource
    case bodySourceArticle
    // MARK: - #22 words
    /// A body's required field the draft cannot fill, named by the body's own label (`bodies ID` lists the same labels).
    case checkFieldMissing
    // MARK: - draft --check's findings (were CheckWords in Escalation)
    case checkKindCard, checkKindResidentID, checkKindIBAN, checkKindSSN, checkKindPhone, checkKindAccount, checkKindOtherID, checkKindOwnIdentifier, checkKindNumber
    case checkUnmasked
    case checkNameMissing
    case checkComplaintNotRecorded
    case checkUnconfirmedRule
    /// The body's facts still without a primary source, named, so an unconfirmed address is not read as an unconfirmed rule.
    case checkUnconfirmedFacts
    case checkNoRemedy
    case checkNoEvidence
    case checkReady
    case checkReadyConfirmFirst
    case checkFixesLeft
    case checkMarkFix
    case checkMarkConfirm
    // MARK: - config, profile, templates
    case configFromZone
    case configFromLocale
    case unknownSetting
    case noCalendarForRegion
    case regionWithoutCalendar
    case unknownLanguage
    case unknownFormat
    case prepUnknownFormat
    case checkNothingGiven
    case extendNeedsDue
    case templateOverride
    case noTemplate
    case profileSaved
    case wroteDraft
    case draftComplaint
    case draftSubmission
    case draftEvidence
    // MARK: - calendar, backup, verify, doctor, demo, search
    case backedUp
    case wroteEvents
    case jsonNeedsOutput
    case icsCalendarName
    case icsSummary
    case icsCase
    case icsPromised
    case icsWords
    case icsSaidOn
    case icsAgent
    case icsReference
    case icsMoved
    // MARK: - #24 serve: the web skin's words
    case helpServeAbstract
    case helpServeDiscussion
    case helpServePort
    case helpServeLan
    case servePairHint
    case serveLanAddress
    case serveCannotListen
    case serveMissingWeb
    case webTitle
    case webNavAgenda
    case webNavLog
    case webNavCases
    case webNavCheck
    case webNavCalendar
    case webPairTitle
    case webPairText
    case webPairCode
    case webPairButton
    case webPairRefused
    case webPairSlowDown
    case webPaired
    case webBadHost
    case webBadOrigin
    case webBadCSRF
    case webNotFound
    case webTooLarge
    case webLogTitle
    case webFieldOrganization
    case webFieldVia
    case webFieldDirection
    case webFieldNumber
    case webFieldAgent
    case webFieldRef
    case webFieldSummary
    case webFieldAdvice
    case webFieldPromise
    case webFieldDue
    case webFieldAt
    case webFieldCase
    case webFieldAttach
    case webDirectionOutbound
    case webDirectionInbound
    case webChooseChannel
    case webSave
    case webNothingSaved
    case webWarnings
    case webCasesTitle
    case webCaseTitle
    case webOpenCase
    case webDraftComplaint
    case webDraftRegulator
    case webDraftEvidence
    case webDownload
    // MARK: - #24 pages
    case webChooseBody
    case webNoBody
    case webPrep
    case webCheckTitle
    case webCheckField
    case webCheckButton
    case webCalendarTitle
    case webCalendarText
    case webCalendarDevice
    case webCalendarNew
    case webCalendarRevoke
    case webCalendarNone
    case webCalendarLink
    case webFeedRefused
    // #24 follow-up: the due-date preview (`when`), pairing another device, the QR code
    case helpWhenAbstract
    case helpWhenDiscussion
    case helpWhenPhrase
    case helpWhenOrganization
    case whenResolved
    case webPreview
    case webPreviewOnly
    case webNavPair
    case webPairNewTitle
    case webPairNewText
    case webPairNewButton
    case webPairNewCode
    case serveQRHint
    // MARK: - #24 TLS and devices
    case helpServeTLSCert
    case helpServeTLSKey
    case serveTLSPair
    case serveTLSMissing
    case serveTLSUnreadable
    case serveTLSNotCertificate
    case serveTLSNotKey
    case serveTLSMismatch
    case webPairNotKept
    case webDevicesTitle
    case webDevicesText
    case webDevicesThis
    case webDevicesPaired
    case webDevicesForget
    case verifyIntact
    case verifyTampered
    case chainHead
    case verifyBadHead
    case verifyHeadNotFound
    case verifyHeadFound
    // MARK: - Sync through a shared folder
    case syncFolderHoldsJournal
    case syncFolderMissing
    case syncDeviceHistoryMismatch
    case syncOwnFileDamaged
    case syncEvidenceUnpublishable
    case syncDefectTruncated
    case syncDefectAltered
    case syncDefectNotChangeFile
    case syncDefectNewer
    case syncDefectMisplaced
    case syncDefectBrokenChain
    case syncDefectWaiting
    case syncDefectEvidenceNotArrived
    case syncDefectSealed
    case syncDefectUnsealable
    case syncPassphraseEmpty
    case syncPassphraseUnreadable
    case syncThisDevice
    case syncPublished
    case syncNothingToPublish
    case syncApplied
    case syncNothingToApply
    case syncRefused
    case syncConflicts
    case syncStatusPublished
    case syncStatusNonePublished
    case syncStatusNever
    case syncStatusPeer
    case syncStatusBlocked
    case syncStatusNoPeers
    case syncStatusWithNewDevice
    case doctorCannotOpen
    case doctorIntegrity
    case doctorReferences
    case doctorChain
    case doctorEvidence
    case doctorEvidenceDeep
    case doctorNoStray
    case doctorStray
    case doctorFolder
    case doctorMoved
    case doctorSkippedBackup
    case doctorHealthy
    case doctorNoBackup
    case doctorRecover
    case restored
    case restoredKeptAside
    case restoredNext
    case demoJournal
    case demoExplore
    case demoExists
    case seeded
    case seedNotEmpty
    case seedTooFew
    case daysRange
    case quietDaysRange
    // MARK: - errors shown by the command line itself
    case asOfOnWrite
    case atInFuture
    case optionInFuture
    case yearBefore
    case yearAfter
    case yearOutOfRange
    case invalidUTF8Argument
    case argumentOption
    case invalidUTF8Environment
    case outputExists
    case outputIsDirectory
    case outputInJournalFolder
    case outputFolderMissing
    case outputFailed
    case errorPrefix
    case warningPrefix
    case failed
    case parseMissingArgument
    case parseUnknownOption
    case parseInvalidValue
    case parseMissingValue
    case parseUnexpected
    case parseDidYouMean
    case parseOther
    // MARK: - Journal errors
    case errEmptyField
    case errTextTooLong
    case errControlCharacter
    case errLineBreakInName
    case errInvalidOfficialChannel
    case errContactInFuture
    case errCaseNotFound
    case errContactNotFound
    case errPromiseNotFound
    case errOrganizationNotFound
    case errOrganizationIDNotFound
    case errNothingToEdit
    case errAmbiguousOrganization
    case errAmbiguousCase
    case errCaseClosed
    case errCaseOfOtherOrganization
    case errPromiseNotPending
    case errPromiseSupersededPending
    case errPromiseSupersededDone
    case errContactOnOtherCase
    case errCaseAlreadyInState
    case errSubmissionNotFound
    case errSubmissionNotOpen
    case errNothingToCorrect
    case errAttachmentMissing
    case errAttachmentNotAFile
    case errAttachmentUnreadable
    case errAttachmentTooLarge
    case errAttachmentChanged
    case errAttachmentsFolderIsLink
    case errFolderNotPrivate
    case errFolderOfOtherUser
    case errBackupUnusable
    case errJournalIsDirectory
    case errJournalNotSQLite
    case errJournalNotRecourse
    case errJournalFromNewerVersion
    case errJournalReadOnly
    case errJournalBusy
    case errDiskFull
    case errJournalIO
    case fieldOrganization
    case fieldAlias
    case fieldCaseTitle
    case fieldSummary
    case fieldAdvice
    case fieldOutcome
    case fieldAgent
    case fieldReference
    case fieldAddress
    case fieldPromise
    case fieldDueWords
    case fieldNote
    case fieldReason
    case ioFileExists
    case ioFileNotFolder
    case ioEvidenceUncopyable
    case ioEvidenceHashMismatch
    case backupNotAFile
    case backupEmpty
    case backupNotRecourse
    case backupNewerSchema
    case backupIntegrity
    case backupUnreadable
    case backupIsJournal
    case backupBadEvidencePath
    case anotherOrganization
    case fieldJurisdiction
    case fieldOfficialAddress
    case fieldAccountReference
    case fieldTransactionAt
    case fieldCounterparty
    case fieldDevice
    case fieldWarning
    case fieldDesiredOutcome
    case fieldSearchText
    case fieldTitle
    case fieldStatus
    case fieldFileName
    case fieldAttachmentName
    case fieldOccurredAt
    case fieldChannel
    case fieldDirection
    case fieldDuration
    case historyNewPromise
    case fieldOther
    // MARK: - Verification and health
    case verifyEventAltered
    case verifyEventOutOfChain
    case verifyRecordChanged
    case verifyRecordInserted
    case verifyRecordDeleted
    case verifyTriggerMissing
    case verifyEvidenceMissing
    case verifyEvidenceUnreadable
    case verifyEvidenceWrongSize
    case verifyEvidenceAltered
    case tableCase
    case tableOrganization
    case tableOrganizationAlias
    case tableOfficialChannel
    case tableContact
    case tableContactFlag
    case tableCaseFacts
    case tablePromise
    case tableAttachment
    case tableSubmission
    case tableOther
    case healthMissingParent
    case quarantineNoteHeader
    case quarantineNoteLine
    // MARK: - Reminders errors and warnings
    case whenExamples
    case whenEmpty
    case whenUnreadable
    case whenInvalidDate
    case whenBeforeContact
    case extendsWithoutDue
    case badJurisdiction
    case whenDueBeforeContact
    case calendarBeyondYears
    case calendarNoYears
    // MARK: - #23 time as agents say it: vague words, numeric dates, holidays, calendars
    case whenVague
    case whenNumericDateAmbiguous
    case whenHolidayUnknown
    case calendarsByRule
    case calendarsRegion
    case calendarsFolder
    case colYears
    case helpConfigCalendarsAbstract
    case helpConfigCalendarsDiscussion
    case calendarNameChina
    case calendarNameEngland
    case calendarNameScotland
    case calendarNameNorthernIreland
    case calendarNameUS
    case calendarNameGermany
    case calendarNameGermanState
    case calendarNameWeekdays
    case calendarFileLine
    case calendarFile
    case settingsFileLine
    case settingsFile
    case settingsNotText
    case settingsExpectedKeyValue
    case settingsBadRegion
    case settingsBadEndOfDay
    case settingsBadDays
    case settingsBadLang
    // MARK: - Spreadsheets and Markdown export (export --format csv|md, import FILE.csv)
    case sheetContactID
    case sheetCaseID
    case sheetCaseTitle
    case sheetCaseStatus
    case sheetOrganization
    case sheetOccurredAt
    case sheetZone
    case sheetChannel
    case sheetDirection
    case sheetNumber
    case sheetAgent
    case sheetReference
    case sheetSummary
    case sheetAdvice
    case sheetOutcome
    case sheetAttachments
    case sheetPromiseID
    case sheetPromise
    case sheetDue
    case sheetDueWords
    case sheetPromiseStatus
    case sheetResolvedAt
    // MARK: - #22 spreadsheet times: local time, the zone in the heading
    case sheetTimeInZone
    case sheetNote
    case sheetSupersedes
    case sheetOutbound
    case sheetInbound
    case sheetExampleOrganization
    case sheetExampleCaseTitle
    case sheetExampleAgent
    case sheetExampleSummary
    case sheetExampleAdvice
    case sheetExamplePromise
    case sheetExampleDue
    case sheetImported
    case sheetImportedSkipped
    case sheetImportedCreated
    case sheetLine
    case sheetNotUTF8
    case sheetEncodingUTF16
    case sheetEncodingLegacy
    case sheetEmpty
    case sheetUnknownColumn
    case sheetDuplicateColumn
    case sheetMissingColumn
    case sheetUnclosedQuote
    case sheetStrayQuote
    case sheetTooManyFields
    case sheetRequired
    case sheetBadTime
    case sheetBadZone
    case sheetBadChannel
    case sheetBadDirection
    case sheetPromiseWithoutDue
    case sheetDueWithoutPromise
    case sheetNoRows
    case sheetOutputFolder
    case sheetWroteFiles
    case sheetFileMissing
    case sheetWithFilesNeedsJsonl
    case sheetNoRedactNotJsonl
    case exportAsOfNotJsonl
    case sheetUnknownTemplate
    case sheetImportNeedsPath
    case sheetCannotCreateFolder
    case mdTitle
    case mdExported
    case mdCaseHeading
    case mdOpened
    case mdClosed
    case mdNoContacts
    case mdPromises
    case mdEvidence
    case mdEvidenceLine
    case mdSubmissions
    case mdSubmissionLine
    case mdSubmissionOutcome
    case mdNoReference
    case mdRedactionNote
    case mdNoCases
    // MARK: - Escalation errors
    case bodyProfileField
    case bodyProfileFile
    case profileFileNotText
    case profileFileLine
    case profileExpectedKeyValue
    case profileUnknownKey
    case profileValueTooLong
    case templateSectionNotClosed
    case templateWrongClose
    case templateUnfinishedTag
    case templateBadDelimiter
    case templateUnparsable
    case templateUnknownVariable
    case draftTemplateError
    case draftTemplateUnreadable
    case draftTemplateTooLarge
    case draftPreconditions
    // MARK: - export, import, conflicts
    case errImportLine
    case errImportNewerFormat
    case errImportEmpty
    case errImportEvidenceMissing
    case errImportEvidenceMismatch
    case errConflictNotFound
    case importProblemNotJSON
    case importProblemNotObject
    case importProblemNotHeader
    case importProblemHeaderNotFirst
    case importProblemMissingField
    case importProblemUnknownField
    case importProblemWrongType
    case importProblemUnknownType
    case importProblemBadUUID
    case importProblemUnknownReference
    case importProblemDuplicate
    case importProblemRejected
    case importProblemCountMismatch
    // MARK: - #21 admission gate, signed sync, safe outputs
    case importProblemTimeOutOfRange
    case importProblemValueOutOfRange
    case importProblemBadSHA256
    case importProblemUUIDOfOtherType
    case importMaskedExport
    case exportMaskedHeader
    case syncDefectUnsigned
    case syncDefectBadSignature
    case syncDefectKeyChanged
    case syncDefectPlainWithPassphrase
    case syncBusy
    case syncWrongPassphrase
    case syncPassphraseNotUTF8
    case syncStatusKey
    case syncStatusOwnKey
    case syncForgot
    case syncForgetUnknown
    case syncBadDeviceID
    case syncFolderIsLink
    case outputNotRegular
    case outputWriteFailed
    case doctorImpossibleValue
    case helpSyncForget
    case doctorValuesInRange
    case exportWrote
    case exportFilesCopied
    case exportFileDiffers
    case exportFilesIntoJournal
    case exportEvidenceMissing
    case exportEvidenceAltered
    case importSummary
    case importNothingNew
    case importMatchedByName
    case importConflicts
    case importPathMissing
    case importFolderWithoutExport
    case importFolderAmbiguous
    case importUnreadable
    case importNotRegularFile
    case importNotUTF8
    case conflictsNone
    case conflictLine
    case conflictShownLocal
    case conflictShownIncoming
    case conflictVersionLocal
    case conflictVersionIncoming
    case conflictResolved
    case conflictResolvedOn
    case eventInterchangeResolved
    case eventInterchangeMerged
    case eventInterchangeConflict
    // MARK: - Data files (calendars, body profiles)
    case fileUnreadable
    case fileNotUTF8
    case calendarTooBig
    case calendarFirstDirective
    case calendarOneID
    case calendarBadYears
    case calendarBadWeekend
    case calendarBadRange
    case calendarRangeTooLong
    case calendarUnknownDirective
    case calendarNoID
    case calendarDayOutsideYears
    case profileTooBig
    case profileBadID
    case profileNeedsNames
    case profileBadPeriod
    case profileBadFieldKey
    case profileDuplicateKey
    case profileUnknownCalendar
    case profileMissing
    case profileShouldBe
    case profileShouldBeNotNull
    case profileNotJSON
    case profileValueNotAllowed
    case profileCannotRead
    case typeText
    case typeWholeNumber
    case typeBoolean
    case typeList
    case typeObject
}

extension Message {
    /// The row: this message in each language.
    public var forms: [Language: String] {
        switch self {
        // MARK: Help screens
        case .helpConflictsAbstract: [.en: "List, or settle, records that an import or sync found changed differently in two journals.", .zh: "列出或解决导入或同步时发现在两个日志中被不同修改的记录。"]
        case .helpConflictsDiscussion: [.en: "Example: recourse conflicts --verbose", .zh: "例如：recourse conflicts --verbose"]
        case .helpConflictsListAbstract: [.en: "List the open conflicts (the default).", .zh: "列出未解决的冲突（默认）。"]
        case .helpConflictsListDiscussion: [.en: """
            Both versions are kept; each line says which one the journal shows. --verbose prints both in full.

            Example: recourse conflicts list --all
            """, .zh: """
            两个版本都会保留；每行说明日志显示的是哪一个。--verbose 完整打印两个版本。

            例如：recourse conflicts list --all
            """]
        case .helpConflictsResolveAbstract: [.en: "Settle a conflict: keep this journal's version or the imported one.", .zh: "解决冲突：保留本日志的版本或导入的版本。"]
        case .helpConflictsResolveDiscussion: [.en: """
            Keeping the version not shown writes it over the record as a new change; the other version stays \
            in the history and in 'conflicts list --all'.

            Example: recourse conflicts resolve 1 --keep imported
            """, .zh: """
            保留未显示的版本会把它作为一次新改动写入记录；另一个版本留在历史中，也留在 'conflicts list --all' 中。

            例如：recourse conflicts resolve 1 --keep imported
            """]
        case .helpConflictsResolveConflictID: [.en: "The conflict number (see 'recourse conflicts').", .zh: "冲突编号（见 'recourse conflicts'）。"]
        case .helpConflictsResolveKeep: [.en: "local (this journal's version) or imported.", .zh: "'local'（本日志的版本）或 'imported'（导入的版本）。"]
        case .helpConflictsResolveAt: [.en: "When it was decided (default: now).", .zh: "做出决定的时间（默认：现在）。"]
        case .helpRepairAt: [.en: "When you made the repair (default: now; never in the future).", .zh: "更正的时间（默认：现在；不能晚于现在）。"]
        // MARK: - #22 snapshot: edits dated like every other change
        case .helpChangeAt: [.en: "When you made the change, for the history and for --as-of (default: now; never in the future).", .zh: "做出这项修改的时间，记入历史并供 --as-of 使用（默认：现在；不能晚于现在）。"]
        case .helpSyncAbstract: [.en: "Exchange changes with your other devices through a shared folder (Syncthing, Nextcloud, git, a USB stick).", .zh: "通过共享文件夹（'Syncthing'、'Nextcloud'、'git'、U 盘）与你的其他设备交换改动。"]
        case .helpSyncDiscussion: [.en: """
            Publishes this device's new changes as one append-only file in DIR/recourse-sync/v1/<device>/, then \
            applies every other device's files not applied yet. The journal itself is never put in DIR. A file \
            that arrived only in part is left for the next sync (exit 1). Concurrent corrections of one record \
            are both kept, as a conflict. With a passphrase, this device's files are encrypted (scrypt, \
            ChaCha20-Poly1305) and the others' encrypted files can be read. See docs/sync.md.

            Example: recourse sync ~/Sync/recourse --name 笔记本
            """, .zh: """
            把本设备的新改动作为一个只追加的文件发布到 DIR/recourse-sync/v1/<设备>/，然后应用其他设备尚未应用的所有文件。日志本身从不放进该文件夹。只到达一部分的文件留待下次同步（退出状态 1）。对同一条记录的并发更正会都保留，作为冲突。使用口令时，本设备的文件会被加密（'scrypt'、ChaCha20-Poly1305），并能读取其他设备的加密文件。见 docs/sync.md。

            例如：recourse sync ~/Sync/recourse --name 笔记本
            """]
        case .helpSyncFolder: [.en: "The shared folder (must exist, apart from the journal's folder).", .zh: "共享文件夹（必须已存在，且不是日志所在的文件夹）。"]
        case .helpSyncStatus: [.en: "Only show what is waiting each way; change nothing.", .zh: "只显示双向等待中的内容；不做任何改动。"]
        case .helpSyncName: [.en: "The name the other devices see for this one (default: the host name).", .zh: "其他设备看到的本设备名称（默认：主机名）。"]
        case .helpSyncPassphraseFile: [.en: "Encrypt this device's files, and read the others', with the passphrase on this file's first line (else $RECOURSE_SYNC_PASSPHRASE).", .zh: "用此文件第一行的口令加密本设备的文件、读取其他设备的文件（否则用 $RECOURSE_SYNC_PASSPHRASE）。"]
        case .helpSyncNewDevice: [.en: "Give this journal a new device identity first (after copying a journal file to another device).", .zh: "先给本日志一个新的设备身份（把日志文件复制到另一台设备之后）。"]
        case .helpConflictsAll: [.en: "Also list conflicts already resolved.", .zh: "同时列出已解决的冲突。"]
        case .helpConflictsVerbose: [.en: "Print both versions of each record.", .zh: "打印每条记录的两个版本。"]
        case .helpExportAbstract: [.en: "Export the journal: every record and its history, as JSON lines (docs/export-format.md).", .zh: "导出日志：每条记录及其历史，格式为 JSON 行（docs/export-format.md）。"]
        case .helpExportDiscussion: [.en: """
            jsonl is complete and lossless: 'recourse import' reads it back into any journal. It is your own \
            data in full, so identity, card and account numbers are NOT masked: keep the file private. \
            --with-files copies the evidence files into a folder, each named by its SHA-256.

            csv (contacts.csv and promises.csv, for spreadsheets, into the --output folder) and md (a readable \
            timeline) are for sharing: identity numbers in them are masked unless --no-redact (docs/spreadsheets.md).

            Example: recourse export --output ~/recourse.jsonl --with-files ~/recourse-files
                     recourse export --format csv --output ~/recourse-sheets
            """, .zh: """
            'jsonl' 完整无损：'recourse import' 可以把它读回任何日志。它是你自己的全部数据，所以身份证、银行卡和账户号码不会被遮盖：请妥善保管该文件。--with-files 把证据文件复制到一个文件夹，各以其 SHA-256 命名。

            'csv'（contacts.csv 和 promises.csv，供电子表格使用，写入 --output 文件夹）和 'md'（易读的时间线）用于分享：其中的身份证号等号码默认遮盖，除非加 --no-redact（docs/spreadsheets.md）。

            例如：recourse export --output ~/recourse.jsonl --with-files ~/recourse-files
                  recourse export --format csv --output ~/recourse-sheets
            """]
        case .helpExportFormat: [.en: "jsonl (complete), csv or md.", .zh: "'jsonl'（完整）、'csv' 或 'md'。"]
        case .helpExportCaseID: [.en: "Only this case, with its organization.", .zh: "只导出此案件及其机构。"]
        case .helpExportWithFiles: [.en: "Copy the evidence files into this folder, named by SHA-256.", .zh: "把证据文件复制到此文件夹，以 SHA-256 命名。"]
        case .helpImportAbstract: [.en: "Merge a jsonl export (a file, or a folder holding one) into this journal.", .zh: "把 'jsonl' 导出（文件，或包含导出的文件夹）合并到本日志。"]
        case .helpImportDiscussion: [.en: """
            Records are matched by uuid: new ones are added, identical ones skipped (importing twice changes \
            nothing), and one that differs here is never overwritten: both versions are kept and listed by \
            'recourse conflicts'. Evidence files are taken from --files, else the export's own folder, and \
            checked against their SHA-256. A bad line is refused with its number, and nothing is imported.

            A .csv file is read as contacts from a spreadsheet, one per row, written as 'log' writes them \
            (docs/spreadsheets.md); --template csv prints the columns and an example row to start from.

            Example: recourse import ~/recourse.jsonl --files ~/recourse-files
                     recourse import --template csv > contacts.csv
            """, .zh: """
            记录按 'uuid' 匹配：新的被添加，相同的被跳过（导入两次不会改变任何内容），与本地不同的从不覆盖：两个版本都保留，并由 'recourse conflicts' 列出。证据文件取自 --files，否则取自导出所在的文件夹，并按其 SHA-256 核对。有错误的行会连同行号被拒绝，且不导入任何内容。

            '.csv' 文件按电子表格中的联系记录读取，每行一条，写入方式与 'recourse log' 相同（docs/spreadsheets.md）；--template csv 打印各列和一行示例，可从它开始填写。

            例如：recourse import ~/recourse.jsonl --files ~/recourse-files
                  recourse import --template csv > contacts.csv
            """]
        case .helpImportPath: [.en: "The export file, or a folder holding one .jsonl export and its files.", .zh: "导出文件，或包含一个 .jsonl 导出及其文件的文件夹。"]
        case .helpImportFiles: [.en: "The folder of evidence files named by SHA-256 (default: beside the export).", .zh: "以 SHA-256 命名的证据文件所在文件夹（默认：导出文件旁边）。"]
        case .helpImportTemplate: [.en: "Print a template to fill in and import: csv.", .zh: "打印可填写后导入的模板：'csv'。"]
        case .helpExportNoRedact: [.en: "csv and md: show card, ID, account and personal phone numbers in full (jsonl is never masked).", .zh: "'csv' 和 'md'：完整显示银行卡号、身份证号、账号和个人电话号码（'jsonl' 从不遮盖）。"]
        case .helpImportAt: [.en: "When the import happened, for the history (default: now).", .zh: "导入发生的时间，记入历史（默认：现在）。"]
        // ArgumentParser's own words, exactly as it prints them (HelpWords); "用法： " is as wide as "USAGE: ".
        case .helpHeadingOverview: [.en: "OVERVIEW: ", .zh: "概述："]
        case .helpHeadingUsage: [.en: "USAGE: ", .zh: "用法： "]
        case .helpHeadingArguments: [.en: "ARGUMENTS:", .zh: "参数："]
        case .helpHeadingOptions: [.en: "OPTIONS:", .zh: "选项："]
        case .helpHeadingSubcommands: [.en: "SUBCOMMANDS:", .zh: "子命令："]
        case .helpFlagHelp: [.en: "Show help information.", .zh: "显示帮助信息。"]
        case .helpFlagVersion: [.en: "Show the version.", .zh: "显示版本号。"]
        case .helpCommandHelp: [.en: "Show subcommand help information.", .zh: "显示子命令的帮助信息。"]
        case .helpDefaultValue: [.en: "(default: {1})", .zh: "（默认：{1}）"]
        case .helpValues: [.en: "(values: {1})", .zh: "（可选值：{1}）"]
        case .helpValuesDefault: [.en: "; default: ", .zh: "；默认："]
        case .helpDefaultSubcommand: [.en: " (default)", .zh: "（默认）  "]
        case .helpSeeSubcommandHelp: [.en: "See '{1} <subcommand>' for detailed help.", .zh: "详细帮助见 '{1} <子命令>'。"]
        case .helpAgendaCommandAbstract: [.en: "The morning view: overdue, due soon, escalation clocks, cases gone quiet.", .zh: "每天早上的总览：逾期、即将到期、投诉时限、久无进展的案件。"]
        case .helpAgendaCommandDiscussion: [.en: """
            Items are ranked by urgency: days late, plus 2 for each time the deadline was already \
            moved, plus about a point per factor of ten of money at stake (see 'case edit --amount'). \
            --notify sends one desktop notification (notify-send) summarising the day.

            Example: recourse agenda --days 3 --exit-status
            """, .zh: """
            按紧急程度排序：逾期天数，期限每被推迟一次加 2，涉案金额每多一个数量级约加 1（见 'case edit --amount'）。--notify 发送一条汇总当天情况的桌面通知（notify-send）。

            例如：recourse agenda --days 3 --exit-status
            """]
        case .helpAgendaCommandDays: [.en: "How many days ahead to look (default: the agenda-days setting, 7).", .zh: "向前看多少天（默认：agenda-days 设置，7）。"]
        case .helpAgendaCommandQuietDays: [.en: "Cases waiting on the company with no contact for this many days count as quiet (default: quiet-days setting, 7).", .zh: "等待对方处理、已有这么多天没有联系的案件视为久无进展（默认：quiet-days 设置，7）。"]
        case .helpAgendaCommandNotify: [.en: "Send a desktop notification with the day's summary (needs notify-send).", .zh: "发送汇总当天情况的桌面通知（需要 notify-send）。"]
        case .helpAgendaCommandExitStatus: [.en: "Exit 1 when anything is overdue.", .zh: "有任何逾期时以状态 1 退出。"]
        case .helpAgendaCommandAll: [.en: "Show every item; by default each section shows its 25 most urgent.", .zh: "显示所有条目；默认每部分只显示最紧急的 25 条。"]
        case .helpBackupAbstract: [.en: "Copy the journal with SQLite's online backup, plus its evidence files.", .zh: "用 SQLite 在线备份复制日志及其证据文件。"]
        case .helpBackupDiscussion: [.en: """
            Default: backups/journal-<UTC time>.sqlite beside the journal. PATH may be a file or a folder. \
            Evidence files are copied into an attachments/ folder beside the copy, shared by backups.

            Example: recourse backup ~/backups/
            """, .zh: """
            默认位置：日志旁的 backups/journal-<UTC 时间>.sqlite。路径可以是文件或文件夹。证据文件复制到副本旁的 attachments/ 文件夹，各次备份共用。

            例如：recourse backup ~/backups/
            """]
        case .helpBackupPath: [.en: "Where to write the copy.", .zh: "副本写到哪里。"]
        case .helpBodiesAbstract: [.en: "List regulators, ombudsmen and complaint steps, with their deadlines and sources.", .zh: "列出监管机构、调解机构和投诉步骤，以及各自的时限和依据。"]
        case .helpBodiesDiscussion: [.en: """
            Add or replace profiles with JSON files in $XDG_CONFIG_HOME/recourse/bodies/ (same shape as the built-in ones).

            Example: recourse bodies cn.nfra
            """, .zh: """
            在 $XDG_CONFIG_HOME/recourse/bodies/ 中放 JSON 文件可添加或替换机构资料（格式与内置资料相同）。

            例如：recourse bodies cn.nfra
            """]
        case .helpBodiesId: [.en: "Show one body in full (e.g. cn.nfra, uk.fos).", .zh: "显示一个机构的全部资料（例如 cn.nfra、uk.fos）。"]
        case .helpCalendarExportAbstract: [.en: "Export every pending promise as an iCalendar (.ics) file with alarms.", .zh: "把所有待兑现的承诺导出为带提醒的 iCalendar（.ics）文件。"]
        case .helpCalendarExportDiscussion: [.en: """
            Each promise keeps its UID across exports, so re-importing updates events instead of duplicating them.

            Example: recourse calendar --output ~/recourse.ics
            """, .zh: """
            每个承诺在各次导出中保持同一个 UID，再次导入时更新事件而不会重复。

            例如：recourse calendar --output ~/recourse.ics
            """]
        case .helpOutputFile: [.en: "Write to this file (default: standard output).", .zh: "写入此文件（默认：标准输出）。"]
        case .helpCalendarExportForce: [.en: "Replace the --output file if it exists.", .zh: "--output 文件已存在时替换它。"]
        case .helpCaseCommandAbstract: [.en: "Edit, close or reopen a case.", .zh: "编辑、结束或重新打开案件。"]
        case .helpCaseCommandDiscussion: [.en: "Example: recourse case close 3 --note \"已退款\"", .zh: "例如：recourse case close 3 --note \"已退款\""]
        case .helpCaseNumber: [.en: "The case number.", .zh: "案件号。"]
        case .helpCaseCommandNote: [.en: "Why; kept in the history.", .zh: "原因；记入历史。"]
        case .helpCaseCommandCloseAbstract: [.en: "Close a case (its history is kept).", .zh: "结束案件（历史保留）。"]
        case .helpCaseCommandReopenAbstract: [.en: "Reopen a closed case.", .zh: "重新打开已结束的案件。"]
        case .helpCaseCommandReopenDiscussion: [.en: "Example: recourse case reopen 3 --note \"又被扣款\"", .zh: "例如：recourse case reopen 3 --note \"又被扣款\""]
        case .helpCaseCommandEditAbstract: [.en: "Set a case's title, category, disputed amount, account reference, the remedy you want, or the transaction's facts.", .zh: "设置案件的标题、类别、争议金额、账户编号、诉求，或交易的事实。"]
        case .helpCaseCommandEditDiscussion: [.en: """
            The transaction's time, counterparty and device are what 'prep' tells you to have ready and \
            what drafts state; "" clears one.

            Example: recourse case edit 1 --amount "500.00 CNY" --account "6222 **** 1234" --wants "退回500元"
            Example: recourse case edit 1 --transaction-at "2026-11-02 14:31" --counterparty "某某商户" --device "iPhone 13, iOS 17.5, 支付宝 10.6"
            """, .zh: """
            交易时间、交易对方和设备是 'prep' 提醒你准备好、草稿中写明的内容；"" 清除一项。

            例如：recourse case edit 1 --amount "500.00 CNY" --account "6222 **** 1234" --wants "退回500元"
            例如：recourse case edit 1 --transaction-at "2026-11-02 14:31" --counterparty "某某商户" --device "iPhone 13, iOS 17.5, 支付宝 10.6"
            """]
        case .helpCaseCommandEditTitle: [.en: "A new title.", .zh: "新标题。"]
        case .helpCaseCommandEditCategory: [.en: "network, app, account, transaction, fraud, billing, service, delivery or other.", .zh: "'network'、'app'、'account'、'transaction'、'fraud'、'billing'、'service'、'delivery' 或 'other'。"]
        case .helpCaseCommandEditAmount: [.en: "The money at stake: 500.00 CNY, ¥500, £84.99 (\"\" clears it).", .zh: "涉案金额：500.00 CNY、¥500、£84.99（\"\" 清除）。"]
        case .helpCaseCommandEditAccount: [.en: "The account, card or order reference concerned.", .zh: "相关的账户、银行卡或订单编号。"]
        case .helpCaseCommandEditWants: [.en: "The remedy you want (used in complaint drafts).", .zh: "你的诉求（用于投诉草稿）。"]
        case .helpCaseCommandEditTransactionAt: [.en: "When the transaction in dispute happened (\"\" clears it).", .zh: "争议交易发生的时间（\"\" 清除）。"]
        case .helpCaseCommandEditCounterparty: [.en: "Who was on the other side of it: payee, merchant, account.", .zh: "交易对方：收款人、商户、账户。"]
        case .helpCaseCommandEditDevice: [.en: "The device, system and app version involved.", .zh: "涉及的设备、系统和应用版本。"]
        case .helpCasesAbstract: [.en: "List open cases, newest activity first.", .zh: "列出进行中的案件，最近有动态的在前。"]
        case .helpCasesDiscussion: [.en: "Example: recourse cases --all", .zh: "例如：recourse cases --all"]
        case .helpCheckAbstract: [.en: "Check a number, a web address or a text before you trust it: genuine channel, or red flags.", .zh: "在相信一个号码、网址或一段话之前先检查：是否官方渠道，有无可疑迹象。"]
        case .helpCheckDiscussion: [.en: """
            Exit 0: a genuine channel, or a text with no red flags; 1: red flags, or a channel only an \
            unconfirmed source names; 2: an address Recourse does not know. Genuine channels are built in \
            per jurisdiction; add or replace them with *.channels files, and red-flag phrases with *.flags \
            files, in $XDG_CONFIG_HOME/recourse/channels/ (format: Sources/Channels/Data/CN.channels).

            Example: recourse check "+86 171 2345 6789"
            """, .zh: """
            退出状态 0：官方渠道，或没有可疑迹象的文字；1：有可疑迹象，或只有未经确认的来源提到的渠道；2：Recourse 不认识的地址。官方渠道按司法辖区内置；在 $XDG_CONFIG_HOME/recourse/channels/ 中用 *.channels 文件添加或替换渠道，用 *.flags 文件添加可疑说法（格式见 Sources/Channels/Data/CN.channels）。

            例如：recourse check "+86 171 2345 6789"
            """]
        case .helpCheckThing: [.en: "A phone number, a web or e-mail address, or a quoted text (what the caller said).", .zh: "电话号码、网址或邮箱地址，或加引号的一段话（来电者说的）。"]
        case .helpConfigCommandAbstract: [.en: "Show or change settings: region, end-of-day, quiet-days, agenda-days, lang.", .zh: "查看或修改设置：'region'、'end-of-day'、'quiet-days'、'agenda-days'、'lang'。"]
        case .helpConfigCommandDiscussion: [.en: """
            region       business-day calendar when the organization has none (CN, GB-ENG, US, WEEKDAYS; default from TZ)
            end-of-day   what a date without a time means for a due time (default 18:00)
            quiet-days   days without contact before a waiting case counts as quiet (default 7)
            agenda-days  how far ahead 'agenda' looks (default 7)
            lang         the interface language, zh or en (default from LC_ALL, LC_MESSAGES or LANG)
            File: $XDG_CONFIG_HOME/recourse/config.

            Example: recourse config set lang zh
            """, .zh: """
            'region'       机构没有日历时使用的工作日日历（CN、GB-ENG、US、WEEKDAYS；默认由 TZ 决定）
            'end-of-day'   只有日期没有时间的期限指几点（默认 18:00）
            'quiet-days'   等待中的案件多少天没有联系算久无进展（默认 7）
            'agenda-days'  'agenda' 向前看多少天（默认 7）
            'lang'         界面语言，zh 或 en（默认取自 LC_ALL、LC_MESSAGES 或 'LANG'）
            文件：$XDG_CONFIG_HOME/recourse/config。

            例如：recourse config set lang zh
            """]
        case .helpConfigCommandListAbstract: [.en: "Show every setting and the file they live in.", .zh: "显示所有设置及其所在文件。"]
        case .helpConfigCommandListDiscussion: [.en: "Example: recourse config list", .zh: "例如：recourse config list"]
        case .helpConfigCommandGetAbstract: [.en: "Print one setting.", .zh: "显示一项设置。"]
        case .helpConfigCommandGetDiscussion: [.en: "Example: recourse config get region", .zh: "例如：recourse config get region"]
        case .helpSettingKey: [.en: "region, end-of-day, quiet-days, agenda-days or lang.", .zh: "'region'、'end-of-day'、'quiet-days'、'agenda-days' 或 'lang'。"]
        case .helpConfigCommandSetAbstract: [.en: "Change one setting.", .zh: "修改一项设置。"]
        case .helpConfigCommandSetDiscussion: [.en: "Example: recourse config set end-of-day 17:30", .zh: "例如：recourse config set end-of-day 17:30"]
        case .helpConfigCommandSetValue: [.en: "The new value.", .zh: "新的值。"]
        case .helpCorrectAbstract: [.en: "Correct a logged contact; the old values stay in the history ('show --history').", .zh: "更正已记录的联系；旧值保留在历史中（'show --history'）。"]
        case .helpCorrectDiscussion: [.en: """
            Give only the fields to change; an empty value (--agent "") clears a field.

            Example: recourse correct 4 --ref CS20261124-89 --reason "参考编号记错了"
            """, .zh: """
            只给出要修改的字段；空值（--agent ""）清除该字段。

            例如：recourse correct 4 --ref CS20261124-89 --reason "参考编号记错了"
            """]
        case .helpCorrectContactID: [.en: "The contact number (see 'recourse show CASE').", .zh: "联系编号（见 'recourse show 案件号'）。"]
        case .helpCorrectAt: [.en: "When it really happened.", .zh: "实际发生的时间。"]
        case .helpCorrectVia: [.en: "The channel.", .zh: "渠道。"]
        case .helpCorrectDirection: [.en: "outbound or inbound.", .zh: "'outbound'（呼出）或 'inbound'（呼入）。"]
        case .helpCorrectNumber: [.en: "The number or address used.", .zh: "使用的号码或地址。"]
        case .helpCorrectAgent: [.en: "The agent.", .zh: "客服人员。"]
        case .helpCorrectReference: [.en: "The reference number.", .zh: "参考编号。"]
        case .helpCorrectDuration: [.en: "The length: 12m, 1h30m.", .zh: "时长：12m、1h30m。"]
        case .helpCorrectSummary: [.en: "The summary.", .zh: "摘要。"]
        case .helpCorrectAdvice: [.en: "The advice given.", .zh: "对方给出的建议。"]
        case .helpCorrectOutcome: [.en: "The outcome.", .zh: "结果。"]
        case .helpCorrectReason: [.en: "Why the record changes; kept in the history.", .zh: "修改记录的原因；记入历史。"]
        case .helpDemoAbstract: [.en: "Fill a throw-away journal with a realistic story and show it.", .zh: "用一个真实的故事填充一个临时日志并展示。"]
        case .helpDemoDiscussion: [.en: """
            Your own journal is never touched: the demo writes to a new temporary folder (or to --db, which must not exist yet).

            Example: LANG=zh_CN.UTF-8 recourse demo
            """, .zh: """
            你自己的日志不会被改动：演示写入一个新的临时文件夹（或写入 --db，该文件必须尚不存在）。

            例如：LANG=zh_CN.UTF-8 recourse demo
            """]
        case .helpDoctorAbstract: [.en: "Check the journal's integrity, references, history and evidence files, and say how to recover.", .zh: "检查日志的完整性、引用、历史和证据文件，并说明如何恢复。"]
        case .helpDoctorDiscussion: [.en: """
            Exits 0 when healthy, 1 when something needs attention.

            Example: recourse doctor --deep
            """, .zh: """
            健康时以状态 0 退出，有需要处理的问题时以状态 1 退出。

            例如：recourse doctor --deep
            """]
        case .helpDeep: [.en: "Also re-hash every evidence file (slower).", .zh: "同时重新计算每个证据文件的哈希（较慢）。"]
        case .helpDoctorClean: [.en: "Move files under attachments/ that no record refers to, and are over an hour old, into quarantine/ beside the journal (never deleted).", .zh: "把 attachments/ 中没有任何记录引用、且超过一小时的文件移到日志旁的 quarantine/（从不删除）。"]
        case .helpDraftAbstract: [.en: "Draft a complaint letter, a regulator submission or an evidence list from a case's history.", .zh: "根据案件历史起草投诉信、监管投诉材料或证据清单。"]
        case .helpDraftDiscussion: [.en: "Example: recourse draft complaint 1 --format html --output 投诉信.html", .zh: "例如：recourse draft complaint 1 --format html --output 投诉信.html"]
        case .helpDraftFormat: [.en: "md (Markdown, default), txt or html (printable).", .zh: "'md'（Markdown，默认）、'txt' 或 'html'（可打印）。"]
        case .helpDraftTemplate: [.en: "Use this Mustache template instead of the built-in or your override.", .zh: "使用此 Mustache 模板，而不是内置模板或你的覆盖模板。"]
        case .helpDraftNoRedact: [.en: "Show card, ID, account and personal phone numbers in full.", .zh: "完整显示银行卡、证件、账户和个人电话号码。"]
        case .helpDraftForce: [.en: "Replace an existing --output file; for 'regulator', also draft when a precondition is not met.", .zh: "替换已存在的 --output 文件；对于 'regulator'，前提条件未满足时也起草。"]
        case .helpDraftCheck: [.en: "Do not draft: list what is missing, unconfirmed or risky; exit 1 when something must be fixed.", .zh: "不起草：列出缺失、未确认或有风险的内容；有必须修正的问题时以状态 1 退出。"]
        case .helpDraftComplaintAbstract: [.en: "A formal complaint letter to the company.", .zh: "给公司的正式投诉信。"]
        case .helpDraftComplaintDiscussion: [.en: """
            The letter gives the dated timeline (channel, agent, reference number, advice), each promise and its \
            fate, the amount, the remedy you want ('case edit --wants'), the firm's deadline under the rule \
            that applies, and the journal's integrity fingerprint. Account, card and phone numbers are masked \
            to their last four digits unless --no-redact. Your name and details come from 'recourse profile'.

            Example: recourse draft complaint 1 --lang zh --output 投诉信.md
            """, .zh: """
            投诉信列出带日期的时间线（渠道、客服、参考编号、建议）、每项承诺及其结果、金额、你的诉求（'case edit --wants'）、按适用规则公司应答复的期限，以及日志的完整性指纹。账户、银行卡和电话号码只显示后四位，除非使用 --no-redact。你的姓名和联系方式来自 'recourse profile'。

            例如：recourse draft complaint 1 --lang zh --output 投诉信.md
            """]
        case .helpDraftRegulatorAbstract: [.en: "A submission to a regulator or ombudsman, in its own field order; missing fields are listed.", .zh: "按机构自己的字段顺序起草监管或调解投诉材料；列出缺失的字段。"]
        case .helpDraftRegulatorDiscussion: [.en: """
            When the body's precondition is not met (no complaint to the firm yet, its deadline not passed) it says \
            so and the date it opens; --force drafts anyway.

            Example: recourse draft regulator 1 --to cn.nfra --format txt
            """, .zh: """
            机构的前提条件未满足时（尚未向公司投诉，或公司的期限未过），会说明这一点以及何时可以提交；--force 仍然起草。

            例如：recourse draft regulator 1 --to cn.nfra --format txt
            """]
        case .helpDraftRegulatorTo: [.en: "The body: cn.nfra, cn.pboc, cn.samr, uk.fos, us.cfpb, eu.adr… ('recourse bodies').", .zh: "机构：cn.nfra、cn.pboc、cn.samr、uk.fos、us.cfpb、eu.adr…（'recourse bodies'）。"]
        case .helpDraftEvidenceAbstract: [.en: "The list of evidence files kept for the case, with their SHA-256.", .zh: "案件保存的证据文件清单，附 SHA-256。"]
        case .helpDraftEvidenceDiscussion: [.en: "Example: recourse draft evidence 1 --output 证据清单.md", .zh: "例如：recourse draft evidence 1 --output 证据清单.md"]
        case .helpTemplateCommandAbstract: [.en: "List, show or locate the draft templates (Mustache); copy one to its path to override it.", .zh: "列出、显示或定位草稿模板（Mustache）；复制到其路径即可覆盖。"]
        case .helpTemplateCommandDiscussion: [.en: "Example: recourse template show complaint.zh > \"$(recourse template path complaint.zh)\"", .zh: "例如：recourse template show complaint.zh > \"$(recourse template path complaint.zh)\""]
        case .helpTemplateCommandListAbstract: [.en: "The templates, and which ones you have overridden.", .zh: "模板列表，以及哪些已被你覆盖。"]
        case .helpTemplateCommandListDiscussion: [.en: "Example: recourse template list", .zh: "例如：recourse template list"]
        case .helpTemplateCommandShowTemplateAbstract: [.en: "Print a built-in template.", .zh: "打印一个内置模板。"]
        case .helpTemplateCommandShowTemplateDiscussion: [.en: "Example: recourse template show regulator.zh", .zh: "例如：recourse template show regulator.zh"]
        case .helpTemplateCommandShowTemplateName: [.en: "e.g. complaint.zh, regulator.en, evidence.zh.", .zh: "例如 complaint.zh、regulator.en、evidence.zh。"]
        case .helpTemplateCommandPathAbstract: [.en: "Where your override of a template goes.", .zh: "你的覆盖模板应放在哪里。"]
        case .helpTemplateCommandPathDiscussion: [.en: "Example: recourse template path complaint.en", .zh: "例如：recourse template path complaint.en"]
        case .helpTemplateCommandPathName: [.en: "e.g. complaint.zh.", .zh: "例如 complaint.zh。"]
        case .helpProfileCommandAbstract: [.en: "Your details for drafts: name, title, dob, phone, phone2, email, address, preferred-contact, id-number.", .zh: "用于草稿的个人信息：'name'、'title'、'dob'、'phone'、'phone2'、'email'、'address'、'preferred-contact'、'id-number'。"]
        case .helpProfileCommandDiscussion: [.en: "Example: recourse profile set name 王小明", .zh: "例如：recourse profile set name 王小明"]
        case .helpProfileCommandShowAbstract: [.en: "Show your details (numbers masked).", .zh: "显示你的个人信息（号码已遮盖）。"]
        case .helpProfileCommandShowDiscussion: [.en: "Example: recourse profile show", .zh: "例如：recourse profile show"]
        case .helpProfileCommandSetAbstract: [.en: "Set one detail.", .zh: "设置一项信息。"]
        case .helpProfileCommandSetDiscussion: [.en: "Example: recourse profile set phone 13800138000", .zh: "例如：recourse profile set phone 13800138000"]
        case .helpProfileCommandSetKey: [.en: "name, title, dob (date of birth), phone, phone2, email, address, preferred-contact or id-number.", .zh: "'name'、'title'、'dob'（出生日期）、'phone'、'phone2'、'email'、'address'、'preferred-contact' 或 'id-number'。"]
        case .helpProfileCommandSetValue: [.en: "The value (\"\" clears it).", .zh: "值（\"\" 清除）。"]
        case .helpEscalateAbstract: [.en: "Record a formal complaint to the company or a submission to a regulator; its clocks start.", .zh: "记录向公司提出的正式投诉或向监管机构提交的投诉；其时限开始计算。"]
        case .helpEscalateDiscussion: [.en: """
            Example: recourse escalate 3 --to company --at 2026-11-02 --ref TS-5521
            'recourse bodies' lists the bodies. The agenda then shows from when each next step is open.
            On a terminal, a missing body, time sent, reference and note are asked for (--no-input never asks).
            """, .zh: """
            例如：recourse escalate 3 --to company --at 2026-11-02 --ref TS-5521
            'recourse bodies' 列出各机构。之后 'agenda' 会显示每个下一步从何时起可以进行。
            在终端上，缺少的机构、发送时间、参考编号和备注会逐一询问（--no-input 从不询问）。
            """]
        case .helpEscalateTo: [.en: "The body: company, cn.nfra, cn.pboc, cn.samr, uk.fos, us.cfpb, us.rege, eu.adr, eu.psd2…", .zh: "机构：'company'、cn.nfra、cn.pboc、cn.samr、uk.fos、us.cfpb、us.rege、eu.adr、eu.psd2…"]
        case .helpEscalateAt: [.en: "When it was sent (default: now).", .zh: "发送时间（默认：现在）。"]
        case .helpEscalateReference: [.en: "The reference they gave the complaint.", .zh: "对方给这次投诉的参考编号。"]
        case .helpEscalateNote: [.en: "A note kept with it.", .zh: "一并保存的备注。"]
        case .helpNoInput: [.en: "Never ask questions, even on a terminal.", .zh: "从不提问，即使在终端上。"]
        case .helpEscalationCommandAbstract: [.en: "Record the answer to a complaint or submission, or close it.", .zh: "记录对投诉或监管投诉的答复，或将其结束。"]
        case .helpEscalationCommandDiscussion: [.en: "Example: recourse escalation respond 1 --at 2026-12-01 --note \"最终答复：同意退款\"", .zh: "例如：recourse escalation respond 1 --at 2026-12-01 --note \"最终答复：同意退款\""]
        case .helpEscalationCommandRespondAbstract: [.en: "The answer (e.g. the firm's final response) arrived.", .zh: "答复（例如公司的最终答复）已到。"]
        case .helpSubmissionNumber: [.en: "The submission number.", .zh: "投诉编号。"]
        case .helpEscalationCommandRespondAt: [.en: "When it arrived (default: now).", .zh: "答复到达的时间（默认：现在）。"]
        case .helpEscalationCommandRespondNote: [.en: "What they said.", .zh: "对方说了什么。"]
        case .helpEscalationCommandCloseAbstract: [.en: "Close it with its outcome; its clocks stop.", .zh: "以其结果结束；其时限停止计算。"]
        case .helpEscalationCommandCloseDiscussion: [.en: "Example: recourse escalation close 1 --outcome \"已退款 500 元\"", .zh: "例如：recourse escalation close 1 --outcome \"已退款 500 元\""]
        case .helpHowItEnded: [.en: "How it ended.", .zh: "最终结果。"]
        case .helpLogAbstract: [.en: "Record a contact with a company, with any promise they made.", .zh: "记录一次与公司的联系，以及对方做出的承诺。"]
        case .helpLogDiscussion: [.en: """
            Example:
              recourse log "数字人民币钱包" --via phone --number 95566 \\
                --agent "工号 1023" --ref CS20261124-88 \\
                --summary "转账失败，资金未到账" \\
                --promise "三个工作日内退回" --due 三个工作日内

            A new deadline given in this call for an earlier promise:
              recourse log "数字人民币钱包" --agent "工号 2210" \\
                --extends 1 --due 明天之前

            The contact joins --case N, else the organization's only open case, else a new case. \
            On a terminal, whatever no flag gave is asked for in turn (organization and case, \
            channel, number, agent, reference, summary, advice, promise and due time), then the \
            record is shown before it is saved; Enter skips, Ctrl-C or Ctrl-D abandons with \
            nothing saved. --no-input never asks. A relative --due counts from the contact's time (--at).
            """, .zh: """
            例如：
              recourse log "数字人民币钱包" --via phone --number 95566 \\
                --agent "工号 1023" --ref CS20261124-88 \\
                --summary "转账失败，资金未到账" \\
                --promise "三个工作日内退回" --due 三个工作日内

            本次通话为之前的承诺给出了新期限：
              recourse log "数字人民币钱包" --agent "工号 2210" \\
                --extends 1 --due 明天之前

            联系归入 --case N，否则归入该机构唯一的进行中案件，否则新建案件。在终端上，没有用选项给出的内容会依次询问（机构和案件、渠道、号码、客服、参考编号、摘要、建议、承诺及其期限），保存前显示整条记录；回车跳过，Ctrl-C 或 Ctrl-D 放弃且不保存任何内容。--no-input 从不询问。相对的 --due 从联系时间（--at）起算。
            """]
        case .helpLogOrganization: [.en: "The organization's name or alias; new names create the organization. Optional with --case.", .zh: "机构的名称或别名；新名称会创建机构。使用 --case 时可省略。"]
        case .helpLogVia: [.en: "How: phone (the default), chat, app, web, email, wechat, weibo, letter, visit, sms, other (or 电话, 在线客服, 微信…).", .zh: "方式：'phone'（默认）、'chat'、'app'、'web'、'email'、'wechat'、'weibo'、'letter'、'visit'、'sms'、'other'（或 电话、在线客服、微信…）。"]
        case .helpLogDirection: [.en: "outbound (I contacted them) or inbound (they contacted me).", .zh: "'outbound'（我联系对方）或 'inbound'（对方联系我）。"]
        case .helpLogNumber: [.en: "The number, e-mail or account used (e.g. 95566).", .zh: "使用的号码、邮箱或账号（例如 95566）。"]
        case .helpLogAgent: [.en: "The agent's name or staff number.", .zh: "客服的姓名或工号。"]
        case .helpLogReference: [.en: "The reference or ticket number they gave.", .zh: "对方给出的参考编号或工单号。"]
        case .helpLogDuration: [.en: "How long it took: 12m, 1h30m, 00:12:30.", .zh: "用时：12m、1h30m、00:12:30。"]
        case .helpLogSummary: [.en: "What the contact was about.", .zh: "这次联系的内容。"]
        case .helpLogAdvice: [.en: "What they advised you to do.", .zh: "对方建议你怎么做。"]
        case .helpLogPromise: [.en: "What they promised (repeatable; pair each with a --due).", .zh: "对方承诺了什么（可重复；每个配一个 --due）。"]
        case .helpLogExtends: [.en: "A promise made earlier whose deadline this call moved (repeatable; pair each with a --due, after the --promise ones).", .zh: "之前做出、本次通话推迟了期限的承诺（可重复；每个配一个 --due，放在 --promise 的之后）。"]
        case .helpLogDue: [.en: "By when: 2026-11-27, \"friday 5pm\", \"3 workdays\", 三个工作日内 (repeatable).", .zh: "期限：2026-11-27、'friday 5pm'、'3 workdays'、三个工作日内（可重复）。"]
        case .helpLogCaseID: [.en: "Add to this case.", .zh: "加入此案件。"]
        case .helpLogNewCase: [.en: "Open a new case with this title.", .zh: "以此标题新建案件。"]
        case .helpLogAt: [.en: "When it happened (default: now). A date alone means 12:00.", .zh: "发生时间（默认：现在）。只有日期时指 12:00。"]
        case .helpLogAttach: [.en: "Keep a file as evidence: copied into the journal with its SHA-256 (repeatable).", .zh: "把文件保存为证据：连同其 SHA-256 复制进日志（可重复）。"]
        case .helpManualAbstract: [.en: "Print the man page (roff), generated from the command tree.", .zh: "打印由命令树生成的手册页（roff）。"]
        case .helpManualDiscussion: [.en: "Example: recourse manual > recourse.1 && man ./recourse.1", .zh: "例如：recourse manual > recourse.1 && man ./recourse.1"]
        case .helpOrgCommandAbstract: [.en: "Organizations, their other names and their genuine contact points.", .zh: "机构、它们的其他名称和官方联系渠道。"]
        case .helpOrgCommandDiscussion: [.en: "Example: recourse org add 中国移动 --alias \"China Mobile\" --official phone:10086 --kind telecom --jurisdiction CN", .zh: "例如：recourse org add 中国移动 --alias \"China Mobile\" --official phone:10086 --kind telecom --jurisdiction CN"]
        case .helpOrgCommandAddAbstract: [.en: "Add an organization, or add names and official channels to a known one.", .zh: "添加机构，或为已知机构添加名称和官方渠道。"]
        case .helpOrgCommandAddDiscussion: [.en: """
            When the name or an --alias already names an organization, that organization gains the \
            other names instead of a duplicate being made.

            Example:
              recourse org add "Digital RMB Wallet" --alias 数字人民币钱包 --official phone:95566
            """, .zh: """
            名称或某个 --alias 已经指向一个机构时，该机构获得其他名称，而不会重复创建。

            例如：
              recourse org add "Digital RMB Wallet" --alias 数字人民币钱包 --official phone:95566
            """]
        case .helpOrgCommandAddName: [.en: "The organization's name.", .zh: "机构名称。"]
        case .helpOrgCommandAddAlias: [.en: "Another name it goes by (repeatable).", .zh: "它的另一个名称（可重复）。"]
        case .helpOrgCommandAddOfficial: [.en: "A genuine contact point as KIND:ADDRESS, e.g. phone:95566 (repeatable).", .zh: "官方联系渠道，写作 类型:地址，例如 phone:95566（可重复）。"]
        case .helpOrgKind: [.en: "bank, wallet, payment, insurer, telecom, shop, utility, transport, government, other, securities, fund, futures, credit_reporting, broadband, energy, platform.", .zh: "'bank'、'wallet'、'payment'、'insurer'、'telecom'、'shop'、'utility'、'transport'、'government'、'other'、'securities'、'fund'、'futures'、'credit_reporting'、'broadband'、'energy'、'platform'。"]
        case .helpOrgCommandAddJurisdiction: [.en: "Where it is regulated: CN, GB, US, EU…", .zh: "受何处监管：CN、GB、US、EU…"]
        case .helpOrgCommandEditAbstract: [.en: "Change an organization's name, kind, jurisdiction or postal address.", .zh: "修改机构的名称、类型、司法辖区或邮寄地址。"]
        case .helpOrgCommandEditDiscussion: [.en: """
            Kind and jurisdiction decide the rules and bodies its drafts use (a wallet in CN: 12363 and 12378) \
            and the language of its letters (CN: Chinese). The old name stays as an alias; the address is \
            where letters go and fills a regulator's "respondent's address" field.

            Example:
              recourse org edit 1 --kind wallet --jurisdiction CN --address "北京市西城区复兴门内大街55号"
            """, .zh: """
            类型和司法辖区决定其草稿适用的规则和机构（CN 的钱包：12363 和 12378）以及信函的语言（CN：中文）。旧名称保留为别名；地址是信函寄送的地方，也填入监管投诉的“被投诉方地址”一栏。

            例如：
              recourse org edit 1 --kind wallet --jurisdiction CN --address "北京市西城区复兴门内大街55号"
            """]
        case .helpOrgCommandEditOrganizationID: [.en: "The organization number ('recourse org list').", .zh: "机构编号（'recourse org list'）。"]
        case .helpOrgCommandEditName: [.en: "Its new name (the old one stays as an alias).", .zh: "新名称（旧名称保留为别名）。"]
        case .helpOrgCommandEditJurisdiction: [.en: "Where it is regulated: CN, GB, US, DE…", .zh: "受何处监管：CN、GB、US、'DE'…"]
        case .helpOrgCommandEditAddress: [.en: "Its postal address for complaints.", .zh: "用于投诉的邮寄地址。"]
        case .helpOrgCommandListAbstract: [.en: "List organizations.", .zh: "列出机构。"]
        case .helpOrgCommandListDiscussion: [.en: "Example: recourse org list --json", .zh: "例如：recourse org list --json"]
        case .helpOverdueAbstract: [.en: "List pending promises past their due time, most overdue first.", .zh: "列出已过期限的待兑现承诺，逾期最久的在前。"]
        case .helpOverdueDiscussion: [.en: """
            With --exit-status, exits 1 when anything is overdue (for cron and scripts).

            Example: recourse overdue --exit-status || notify-send "有承诺逾期"
            """, .zh: """
            使用 --exit-status 时，有任何逾期则以状态 1 退出（供 'cron' 和脚本使用）。

            例如：recourse overdue --exit-status || notify-send "有承诺逾期"
            """]
        case .helpOverdueExitStatus: [.en: "Exit 1 when anything is overdue, 0 when nothing is.", .zh: "有逾期时以状态 1 退出，没有时以 0 退出。"]
        case .helpPrepAbstract: [.en: "The sheet to read before calling: genuine channel, what to have ready, the history, what to ask, what to say if they stall.", .zh: "打电话前要读的提纲：官方渠道、要准备什么、历史、要问什么、对方拖延时怎么说。"]
        case .helpPrepDiscussion: [.en: "In the interface language (--lang, the lang setting, else LANG). Example: recourse prep 1 --format txt", .zh: "使用界面语言（--lang、'lang' 设置，否则 'LANG'）。例如：recourse prep 1 --format txt"]
        case .helpPrepFormat: [.en: "md (Markdown, default) or txt.", .zh: "'md'（Markdown，默认）或 'txt'。"]
        case .helpPromiseCommandAbstract: [.en: "Record what became of a promise: kept, broken, cancelled or extended.", .zh: "记录承诺的结果：已兑现、已违约、已取消或已延期。"]
        case .helpPromiseCommandDiscussion: [.en: "Example: recourse promise kept 2 --at 2026-11-26 --note \"已到账\"", .zh: "例如：recourse promise kept 2 --at 2026-11-26 --note \"已到账\""]
        case .helpPromiseCommandPromiseID: [.en: "The promise number (see 'recourse show CASE').", .zh: "承诺编号（见 'recourse show 案件号'）。"]
        case .helpPromiseCommandNote: [.en: "A note kept with the outcome.", .zh: "与结果一并保存的备注。"]
        case .helpPromiseCommandAt: [.en: "When it happened (default: now).", .zh: "发生时间（默认：现在）。"]
        case .helpPromiseCommandCurrent: [.en: "If the promise was extended, act on the current one.", .zh: "如果承诺已延期，作用于当前的那一个。"]
        case .helpPromiseCommandKeptAbstract: [.en: "They did what they promised.", .zh: "对方兑现了承诺。"]
        case .helpPromiseCommandBrokenAbstract: [.en: "They did not do what they promised.", .zh: "对方没有兑现承诺。"]
        case .helpPromiseCommandBrokenDiscussion: [.en: "Example: recourse promise broken 2 --note \"期限已过，仍未退款\"", .zh: "例如：recourse promise broken 2 --note \"期限已过，仍未退款\""]
        case .helpPromiseCommandCancelAbstract: [.en: "The promise no longer applies (e.g. logged by mistake).", .zh: "承诺不再适用（例如记录有误）。"]
        case .helpPromiseCommandCancelDiscussion: [.en: "Example: recourse promise cancel 2 --note \"记录有误\"", .zh: "例如：recourse promise cancel 2 --note \"记录有误\""]
        case .helpPromiseCommandExtendAbstract: [.en: "They moved the deadline; the old one is kept as superseded.", .zh: "对方推迟了期限；旧的保留为已被取代。"]
        case .helpPromiseCommandExtendDiscussion: [.en: """
            Example (the new deadline was given in call #7):
              recourse promise extend 1 --due 明天之前 --contact 7 --at "2026-11-20 14:30"

            Better still, give it while logging that call:
              recourse log ORG --extends 1 --due WHEN

            On a terminal, a missing due time, contact and note are asked for.
            """, .zh: """
            例如（新期限是在第 7 次联系中给出的）：
              recourse promise extend 1 --due 明天之前 --contact 7 --at "2026-11-20 14:30"

            更好的做法是在记录那次通话时就给出：
              recourse log ORG --extends 1 --due WHEN

            在终端上，缺少的期限、联系和备注会逐一询问。
            """]
        case .helpPromiseCommandExtendPromiseID: [.en: "The promise number.", .zh: "承诺编号。"]
        case .helpPromiseCommandExtendDue: [.en: "The new due time, counted from --at (e.g. 2026-12-02, \"3 workdays\", 明天之前).", .zh: "新的期限，从 --at 起算（例如 2026-12-02、'3 workdays'、明天之前）。"]
        case .helpPromiseCommandExtendAt: [.en: "When they moved it (default: the contact's time, else now).", .zh: "对方推迟期限的时间（默认：该次联系的时间，否则现在）。"]
        case .helpPromiseCommandExtendContact: [.en: "The logged contact in which they gave the new deadline.", .zh: "对方给出新期限的那次已记录联系。"]
        case .helpPromiseCommandExtendNote: [.en: "Why, or what they said.", .zh: "原因，或对方说了什么。"]
        case .helpPromiseCommandExtendCurrent: [.en: "If the promise was already extended, extend the current one.", .zh: "如果承诺已经延期过，延期当前的那一个。"]
        case .helpRestoreAbstract: [.en: "Replace the journal with a backup, after checking the backup completely.", .zh: "完整检查备份后，用它替换日志。"]
        case .helpRestoreDiscussion: [.en: """
            The backup must pass SQLite's integrity check, its history must verify and its evidence files \
            must hash right (in the attachments/ folder beside it). The current journal is kept aside as \
            JOURNAL.replaced-<UTC time>, never deleted; the swap is one rename. Run no other recourse \
            command meanwhile.

            Example: recourse restore backups/journal-20261125T010000Z.sqlite
            """, .zh: """
            备份必须通过 SQLite 完整性检查，其历史必须能验证，其证据文件（在旁边的 attachments/ 文件夹中）的哈希必须正确。当前日志被保留为 JOURNAL.replaced-<UTC 时间>，从不删除；替换只是一次重命名。期间不要运行其他 recourse 命令。

            例如：recourse restore backups/journal-20261125T010000Z.sqlite
            """]
        case .helpRestoreBackup: [.en: "The backup file (e.g. backups/journal-20261125T010000Z.sqlite).", .zh: "备份文件（例如 backups/journal-20261125T010000Z.sqlite）。"]
        case .helpSearchAbstract: [.en: "Find contacts whose summary, advice, outcome, agent or reference contain the text.", .zh: "查找摘要、建议、结果、客服或参考编号中含有该文字的联系。"]
        case .helpSearchDiscussion: [.en: """
            Every word must match, anywhere in a field: 转账失败, "refund card", CS20261124. Newest first.

            Example: recourse search 转账失败 --limit 5
            """, .zh: """
            每个词都必须出现在某个字段中的任意位置：转账失败、'refund card'、CS20261124。最新的在前。

            例如：recourse search 转账失败 --limit 5
            """]
        case .helpSearchText: [.en: "The words to find.", .zh: "要查找的词。"]
        case .helpSearchLimit: [.en: "At most this many results (default 20).", .zh: "最多显示这么多条结果（默认 20）。"]
        case .helpSeedBenchmarkAbstract: [.en: "Fill a new journal with N generated contacts (for benchmarks).", .zh: "用 N 条生成的联系填充一个新日志（用于性能测试）。"]
        case .helpSeedBenchmarkDiscussion: [.en: "Example: recourse seed-benchmark --contacts 100000 --db /tmp/bench.sqlite", .zh: "例如：recourse seed-benchmark --contacts 100000 --db /tmp/bench.sqlite"]
        case .helpSeedBenchmarkContacts: [.en: "How many contacts to generate (the stress profile).", .zh: "要生成多少条联系（压力测试规模）。"]
        case .helpSeedBenchmarkProfile: [.en: "person: one person's journal (300 contacts, about a dozen open cases) instead of --contacts.", .zh: "'person'：一个人的日志（300 条联系，十来个进行中案件），代替 --contacts。"]
        case .helpShowAbstract: [.en: "Show a case's timeline: contacts, promises and their fate, evidence.", .zh: "显示案件的时间线：联系、承诺及其结果、证据。"]
        case .helpShowDiscussion: [.en: "Example: recourse show 1 --history", .zh: "例如：recourse show 1 --history"]
        case .helpShowHistory: [.en: "Also list every recorded change, corrections included.", .zh: "同时列出每一次记录的改动，包括更正。"]
        case .helpVerifyAbstract: [.en: "Check that no record, history event, trigger or evidence file was changed, added or removed outside Recourse.", .zh: "检查是否有记录、历史事件、触发器或证据文件在 Recourse 之外被修改、添加或删除。"]
        case .helpVerifyDiscussion: [.en: """
            Exits 0 when intact, 1 when something was tampered with. Prints the chain head: quote it to fix the \
            journal's state in time, and check a quoted one later with --head. See docs/fingerprints.md.

            Example: recourse verify --deep --json
            """, .zh: """
            完好时以状态 0 退出，有篡改时以状态 1 退出。打印链头：引用它可以固定日志在某一时刻的状态，之后用 --head 检查引用过的链头。见 docs/fingerprints.md。

            例如：recourse verify --deep --json
            """]
        case .helpVerifyQuotedHead: [.en: "A chain head quoted earlier (in a draft or letter): is it still in this journal's history?", .zh: "之前引用过的链头（在草稿或信函中）：它是否仍在本日志的历史中？"]
        case .helpRecourseAbstract: [.en: "Keep a dated record of every customer-service contact and chase the promises made.", .zh: "为每一次客服联系留下带日期的记录，并追踪对方做出的承诺。"]
        case .helpRecourseDiscussion: [.en: """
            Log a call right after hanging up, see what is overdue each morning, and keep the \
            history you need for a formal complaint. Journal: --db, else $RECOURSE_DB, else \
            $XDG_DATA_HOME/recourse/journal.sqlite. Exit codes (the README lists them): 0 ok, \
            64 usage, 65 bad data, 66 not found, 70 internal, 74 I/O, 75 busy, 130 abandoned. \
            Language: --lang, else 'recourse config set lang zh|en', else LC_ALL/LC_MESSAGES/LANG.

            Example: recourse log 中国移动 --summary "套餐被擅自变更" --promise 回电 --due 24小时内
            """, .zh: """
            挂断电话后马上记录，每天早上查看哪些已逾期，并保留正式投诉所需的历史。日志：--db，否则 $RECOURSE_DB，否则 $XDG_DATA_HOME/recourse/journal.sqlite。退出状态：0 正常，64 用法错误，65 数据有误，66 未找到，70 内部错误，74 读写错误，75 忙，130 已放弃（详见 README）。语言：--lang，否则 'recourse config set lang zh|en'，否则 LC_ALL/LC_MESSAGES/LANG。

            例如：recourse log 中国移动 --summary "套餐被擅自变更" --promise 回电 --due 24小时内
            """]
        case .helpGlobalOptionsDb: [.en: "The journal file (default: $RECOURSE_DB, else $XDG_DATA_HOME/recourse/journal.sqlite).", .zh: "日志文件（默认：$RECOURSE_DB，否则 $XDG_DATA_HOME/recourse/journal.sqlite）。"]
        case .helpGlobalOptionsJson: [.en: "Print JSON instead of text (see docs/json.md).", .zh: "输出 JSON 而不是文字（见 docs/json.md）。"]
        case .helpGlobalOptionsAsOf: [.en: "Show things as if it were this moment (e.g. \"2026-12-01 09:00\"); commands that record refuse it.", .zh: "按此时刻显示（例如 \"2026-12-01 09:00\"）；记录类命令拒绝此选项。"]
        case .helpGlobalOptionsLang: [.en: "The interface language: zh or en (default: the lang setting, else LC_ALL/LC_MESSAGES/LANG).", .zh: "界面语言：zh 或 en（默认：'lang' 设置，否则 LC_ALL/LC_MESSAGES/LANG）。"]
        case .helpCasesAll: [.en: "Every case, closed ones too; by default the text shows the {1} most recently active open cases.", .zh: "所有案件，包括已结束的；默认文字只显示最近有动态的 {1} 个进行中案件。"]
        // MARK: Dates, times and spans
        case .weekdayNames: [.en: "Mon Tue Wed Thu Fri Sat Sun", .zh: "周一 周二 周三 周四 周五 周六 周日"]
        case .monthNames: [.en: "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", .zh: "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月"]
        case .dateThisYear: [.en: "{1} {2} {3} {4}", .zh: "{3}{2}日 {1} {4}"]
        case .dateOtherYear: [.en: "{1} {2} {3} {5} {4}", .zh: "{5}年{3}{2}日 {1} {4}"]
        case .spanMinutes: [.en: "{1} min", .zh: "{1} 分钟"]
        case .spanHours: [.en: "{1} hour|{1} hours", .zh: "{1} 小时"]
        case .spanDays: [.en: "{1} day|{1} days", .zh: "{1} 天"]
        case .late: [.en: "{1} late", .zh: "逾期 {1}"]
        case .dueIn: [.en: "in {1}", .zh: "{1}后"]
        case .durationMinutes: [.en: "{1} min", .zh: "{1} 分钟"]
        // MARK: Vocabulary: channels, directions, statuses, kinds
        case .channelPhone: [.en: "phone", .zh: "电话"]
        case .channelChat: [.en: "chat", .zh: "在线客服"]
        case .channelApp: [.en: "app", .zh: "应用"]
        case .channelWeb: [.en: "web", .zh: "网站"]
        case .channelEmail: [.en: "email", .zh: "邮件"]
        case .channelWechat: [.en: "wechat", .zh: "微信"]
        case .channelWeibo: [.en: "weibo", .zh: "微博"]
        case .channelLetter: [.en: "letter", .zh: "信函"]
        case .channelVisit: [.en: "visit", .zh: "到访"]
        case .channelSms: [.en: "sms", .zh: "短信"]
        case .channelOther: [.en: "other", .zh: "其他"]
        case .inboundMark: [.en: " (they contacted me)", .zh: "（对方来电）"]
        case .promisePending: [.en: "pending", .zh: "待兑现"]
        case .promiseKept: [.en: "kept", .zh: "已兑现"]
        case .promiseBroken: [.en: "broken", .zh: "未兑现"]
        case .promiseSuperseded: [.en: "superseded", .zh: "已改期"]
        case .promiseCancelled: [.en: "cancelled", .zh: "已取消"]
        case .caseOpen: [.en: "open", .zh: "进行中"]
        case .caseClosed: [.en: "closed", .zh: "已结案"]
        case .submissionOpen: [.en: "open", .zh: "进行中"]
        case .submissionResponded: [.en: "responded", .zh: "已答复"]
        case .submissionClosed: [.en: "closed", .zh: "已结束"]
        case .bodyRegulator: [.en: "regulator", .zh: "监管机构"]
        case .bodyOmbudsman: [.en: "ombudsman", .zh: "申诉专员"]
        case .bodyAdr: [.en: "adr", .zh: "争议解决机构"]
        case .bodyMediation: [.en: "mediation", .zh: "调解"]
        case .bodyEnforcement: [.en: "enforcement", .zh: "执法部门"]
        case .bodyCompany: [.en: "company", .zh: "企业"]
        case .unitCalendarDays: [.en: "{1} calendar day|{1} calendar days", .zh: "{1} 日"]
        case .unitBusinessDays: [.en: "{1} business day|{1} business days", .zh: "{1} 个工作日"]
        case .unitWorkingDays: [.en: "{1} working day|{1} working days", .zh: "{1} 个工作日"]
        case .unitWeeks: [.en: "{1} week|{1} weeks", .zh: "{1} 周"]
        case .unitMonths: [.en: "{1} month|{1} months", .zh: "{1} 个月"]
        case .unitYears: [.en: "{1} year|{1} years", .zh: "{1} 年"]
        case .triggerComplaintReceived: [.en: "complaint received", .zh: "收到投诉"]
        case .triggerComplaintForwarded: [.en: "complaint forwarded", .zh: "收到转办投诉"]
        case .triggerComplaintAccepted: [.en: "complaint accepted", .zh: "受理投诉"]
        case .triggerCompleteFileReceived: [.en: "complete file received", .zh: "收到完整材料"]
        case .triggerFinalResponse: [.en: "final response", .zh: "最终答复"]
        case .triggerHarmKnown: [.en: "harm known", .zh: "知道权益受损"]
        case .triggerComplaintToTrader: [.en: "complaint to trader", .zh: "向商家投诉"]
        case .triggerCompanyResponse: [.en: "company response", .zh: "企业答复"]
        case .triggerFirstStatement: [.en: "first statement with the error", .zh: "收到首张有误的对账单"]
        case .triggerNoticeReceived: [.en: "notice received", .zh: "收到通知"]
        case .triggerOther: [.en: "{1}", .zh: "{1}"]
        // MARK: Table headings
        case .colPromise: [.en: "PROMISE", .zh: "承诺"]
        case .colOrganization: [.en: "ORGANIZATION", .zh: "机构"]
        case .colCase: [.en: "CASE", .zh: "案件"]
        case .colPromised: [.en: "PROMISED", .zh: "承诺内容"]
        case .colSaid: [.en: "SAID", .zh: "原话"]
        case .colDue: [.en: "DUE", .zh: "期限"]
        case .colWhen: [.en: "WHEN", .zh: "剩余/逾期"]
        case .colMoved: [.en: "MOVED", .zh: "改期"]
        case .colRef: [.en: "REF", .zh: "参考编号"]
        case .colAgent: [.en: "AGENT", .zh: "客服"]
        case .colTitle: [.en: "TITLE", .zh: "标题"]
        case .colLastContact: [.en: "LAST CONTACT", .zh: "最近联系"]
        case .colQuiet: [.en: "QUIET", .zh: "无音讯"]
        case .colPending: [.en: "PENDING", .zh: "待兑现"]
        case .colContacts: [.en: "CONTACTS", .zh: "联系次数"]
        case .colNextDue: [.en: "NEXT DUE", .zh: "下个期限"]
        case .colLastActivity: [.en: "LAST ACTIVITY", .zh: "最近动态"]
        case .colContact: [.en: "CONTACT", .zh: "联系"]
        case .colWhenHappened: [.en: "WHEN", .zh: "时间"]
        case .colWhatWasSaid: [.en: "WHAT WAS SAID", .zh: "内容"]
        case .colId: [.en: "ID", .zh: "编号"]
        case .colType: [.en: "TYPE", .zh: "类型"]
        case .colWhere: [.en: "WHERE", .zh: "地区"]
        case .colName: [.en: "NAME", .zh: "名称"]
        case .colFirmDeadline: [.en: "THE FIRM MUST ANSWER WITHIN", .zh: "企业答复期限"]
        case .colThatRule: [.en: "THAT RULE", .zh: "该规定"]
        case .ruleConfirmed: [.en: "confirmed", .zh: "已核实"]
        case .ruleUnconfirmed: [.en: "unconfirmed", .zh: "未经核实"]
        case .colAliases: [.en: "ALSO KNOWN AS", .zh: "别名"]
        case .colOpenCases: [.en: "OPEN CASES", .zh: "未结案件"]
        case .colOfficialChannels: [.en: "OFFICIAL CHANNELS", .zh: "官方渠道"]
        // MARK: overdue and agenda
        case .nothingOverdueSentence: [.en: "Nothing overdue.", .zh: "没有逾期的承诺。"]
        case .agendaTitle: [.en: "Agenda for {1} · next {2} days", .zh: "{1} 待办 · 未来 {2} 天"]
        case .sectionHeading: [.en: "{1} ({2})", .zh: "{1}（{2}）"]
        case .sectionOverdue: [.en: "Overdue", .zh: "已逾期"]
        case .sectionDueSoon: [.en: "Due in the next {1} days", .zh: "未来 {1} 天内到期"]
        case .sectionClocks: [.en: "Escalation clocks", .zh: "投诉升级时限"]
        case .sectionQuiet: [.en: "Gone quiet (no contact for {1}+ days, waiting on the company)", .zh: "久无回音（{1} 天以上没有联系，正等企业答复）"]
        case .nothingOverdue: [.en: "Nothing overdue", .zh: "没有逾期的承诺"]
        case .nothingDue: [.en: "Nothing due", .zh: "没有即将到期的承诺"]
        case .noClocks: [.en: "None running", .zh: "没有正在计时的时限"]
        case .noQuietCases: [.en: "None", .zh: "没有"]
        case .sectionFlagged: [.en: "Warnings (a contact was not through a genuine channel, or held red flags)", .zh: "警告（有联系不是通过官方渠道，或有诈骗迹象）"]
        case .flagChannel: [.en: "⚠ not a genuine number", .zh: "⚠ 非官方号码"]
        case .flagRedFlags: [.en: "⚠ red flags", .zh: "⚠ 诈骗迹象"]
        // MARK: - #20 fraud path (impersonation, draft police, draft bank)
        case .flagImpersonation: [.en: "⚠ impersonation", .zh: "⚠ 冒充"]
        case .impersonationFlag: [.en: "the caller claimed to be {1} and was not: {1} is a third party here, not the wrongdoer", .zh: "对方自称{1}，实为冒充：{1}是被冒充的第三方，不是责任方"]
        case .logOfferImpersonation: [.en: "Did the caller only claim to be {1}? Mark this contact as an impersonation (the case becomes a fraud case)", .zh: "对方是否只是自称{1}？标记为冒充（案件将转为诈骗案件）"]
        case .impersonationMarked: [.en: "Contact #{1} marked as an impersonation of {2}; case #{3} is a fraud case: recourse draft police {3} and recourse draft bank {3}", .zh: "联系 #{1} 已标记为冒充{2}；案件 #{3} 现为诈骗案件：recourse draft police {3}、recourse draft bank {3}"]
        case .helpLogImpersonation: [.en: "The caller claimed to be this organization and was not: the case becomes a fraud case.", .zh: "对方自称是该机构，实为冒充：案件转为诈骗案件。"]
        case .helpCorrectImpersonation: [.en: "Mark the contact as an impersonation: the caller claimed to be the organization and was not.", .zh: "把这次联系标记为冒充：对方自称是该机构，实际不是。"]
        case .draftFraudCase: [.en: "case #{1} is a fraud case: a letter to the impersonated firm would blame it for the fraudster's words; draft what the police and your bank need instead: recourse draft police {1}, recourse draft bank {1}", .zh: "案件 #{1} 是诈骗案件：写给被冒充机构的投诉会把诈骗分子的话算在它头上；请改为起草报案和银行所需的材料：recourse draft police {1}、recourse draft bank {1}"]
        case .draftPolice: [.en: "the police report", .zh: "报案材料"]
        case .draftBank: [.en: "the request to your bank", .zh: "银行申请"]
        case .helpDraftPoliceAbstract: [.en: "The report for the police about a fraud case: the fraudster's numbers and accounts readable, yours masked.", .zh: "诈骗案件的报案材料：诈骗分子的号码和账户完整显示，您自己的号码遮蔽。"]
        case .helpDraftPoliceDiscussion: [.en: "Example: recourse draft police 5 --check", .zh: "例如：recourse draft police 5 --check"]
        case .helpDraftBankAbstract: [.en: "The request to your own bank about a fraud: stop-payment (CN), APP reimbursement claim (UK), Regulation E notice (US), PSD2 refund (EU).", .zh: "就诈骗向您的开户银行提出的申请：紧急止付/冻结（中国）、授权推送支付诈骗赔付（英国）、E 条例通知（美国）、PSD2 退款（欧盟）。"]
        case .helpDraftBankDiscussion: [.en: "Example: recourse profile set bank \"Barclays\"; recourse draft bank 5 --check", .zh: "例如：recourse profile set bank 中国银行；recourse draft bank 5 --check"]
        case .fraudCheckNoAccount: [.en: "the receiving account is not recorded: recourse case edit {1} --counterparty \"NAME ACCOUNT\"", .zh: "未记录收款账户：recourse case edit {1} --counterparty \"户名 账号\""]
        case .fraudCheckNoBank: [.en: "your bank's name is missing: recourse profile set bank \"Bank name\"", .zh: "缺少您的开户银行：recourse profile set bank 银行名称"]
        case .fraudCheckReadable: [.en: "sent in full because they are the fraudster's: {1}", .zh: "以下属于诈骗分子，将完整显示：{1}"]
        case .fraudCheckWarning: [.en: "warning carried in the draft: {1}", .zh: "草稿中包含的警示：{1}"]
        case .fraudStepsCN: [.en: "Next: report to 110 or the local police station (or the 国家反诈中心 app); call your bank at once to stop the payment; 96110 gives anti-fraud advice; report the number or SMS to 12321", .zh: "下一步：拨打110或到当地派出所报案（或用国家反诈中心App）；立即致电开户银行止付；96110 可提供反诈咨询；向12321举报诈骗电话或短信"]
        case .fraudStepsGB: [.en: "Next: call 159 to reach your bank; send the claim, then record it so agenda counts its 5 and 35 business days: recourse escalate {1} --to uk.app; report to Report Fraud (reportfraud.police.uk, 0300 123 2040); if refused or late, the Financial Ombudsman Service", .zh: "下一步：拨打159接通您的开户银行；发出赔付申请后记录，以便 'recourse agenda' 计算 5 和 35 个营业日：'recourse escalate {1} --to uk.app'；向英国诈骗举报中心举报（reportfraud.police.uk，0300 123 2040）；被拒或逾期可找金融申诉专员服务"]
        case .fraudStepsUS: [.en: "Next: notify your bank at once (your liability under Regulation E grows with delay); report to the FTC at ReportFraud.ftc.gov and to the local police", .zh: "下一步：立即通知银行（E 条例下拖延越久您承担的损失越大）；向联邦贸易委员会 ReportFraud.ftc.gov 和当地警方报告"]
        case .fraudStepsEU: [.en: "Next: ask your bank for the refund at once (PSD2 Art. 73: by the end of the next business day); report to the police, online where your country allows", .zh: "下一步：立即要求银行退款（PSD2 第73条：下一个营业日结束前）；向警方报案（所在国家允许的可网上报案）"]
        case .fraudStepsOther: [.en: "Next: call your bank at once to stop the payment, and report to the police", .zh: "下一步：立即致电银行止付，并向警方报案"]
        // MARK: - #20 follow-up: the FOS after a refused or late APP claim
        case .fosAppNeedsClaim: [.en: "case #{1} is a fraud case: the Financial Ombudsman Service takes it only once your bank has refused your APP reimbursement claim or not decided it in time; send the claim (recourse draft bank {1}) and record it: recourse escalate {1} --to uk.app. Other regulator drafts would blame the impersonated firm: recourse draft police {1}", .zh: "案件 #{1} 是诈骗案件：只有在银行拒绝或逾期未决定您的授权推送支付诈骗赔付申请后，金融申诉专员服务才受理；请先发出申请（recourse draft bank {1}）并记录：recourse escalate {1} --to uk.app。其他监管投诉会把责任算在被冒充机构头上：recourse draft police {1}"]
        case .fosAppNotYet: [.en: "the Financial Ombudsman Service takes this case from {1} (your bank's time to answer under its rules), or at once when you record your bank's refusal: recourse escalation respond {2}", .zh: "金融申诉专员服务自 {1} 起受理本案（银行按其规则答复的期限届满后），或在您记录银行拒绝赔付后立即受理：recourse escalation respond {2}"]
        case .fosAppTitle: [.en: "Complaint about how {1} handled my APP scam reimbursement claim", .zh: "投诉：{1}对本人授权推送支付诈骗赔付申请的处理"]
        case .fosAppThirdParty: [.en: "{1} was impersonated by the fraudster and is not the subject of this complaint; it is about how {2} handled my reimbursement claim.", .zh: "诈骗分子冒充了{1}；本投诉不针对{1}，而是针对{2}对本人赔付申请的处理。"]
        case .fosAppOwnBankImpersonated: [.en: "The fraudster claimed to be {1}, which is also my bank; this complaint is not about the fraudster's words but about how {1} handled my reimbursement claim.", .zh: "诈骗分子冒充了{1}（亦为本人开户银行）；本投诉不针对诈骗分子的言行，而是针对{1}对本人赔付申请的处理。"]
        case .fosAppClaimed: [.en: "the caller claiming to be {1}", .zh: "对方自称{1}"]
        case .fosAppPayment: [.en: "{1}: believing the caller, I paid {2} to {3}.", .zh: "{1} 本人听信对方，向 {3} 转账 {2}。"]
        case .fosAppAccountUnknown: [.en: "the account the fraudster gave", .zh: "诈骗分子提供的账户"]
        case .fosAppClaim: [.en: "{1}: I claimed reimbursement from {2} under the {3}{4}.", .zh: "{1} 本人依据{3}向{2}申请赔付{4}。"]
        case .fosAppRefused: [.en: "{1}: {2} refused my claim.", .zh: "{1} {2}拒绝赔付。"]
        case .fosAppLate: [.en: "{2} had to decide by {1}, or by {3} had it stopped the clock to gather information; no decision has reached me.", .zh: "{2}应于 {1} 前作出决定（如暂停计时，最迟 {3}）；本人至今未收到决定。"]
        case .fosAppPending: [.en: "{2} has to decide by {1}, or by {3} if it stops the clock to gather information; that date has not yet come.", .zh: "{2}应于 {1} 前作出决定（如暂停计时，最迟 {3}），目前尚在期限内。"]
        case .fosAppRemedy: [.en: "Reimburse the {1} I lost to the scam, as the PSR reimbursement requirement provides (up to £85,000; an excess of at most £100, none for a vulnerable customer).", .zh: "按英国支付系统监管局赔付规定赔付本人被骗的{1}（上限 £85,000；免赔额至多 £100，弱势客户不适用）。"]
        case .fosAppMoney: [.en: "money", .zh: "款项"]
        case .fosAppYourBank: [.en: "my bank", .zh: "本人开户银行"]
        case .channelAdviceCN: [.en: "; in China, 96110 is the anti-fraud line", .zh: "；可拨打96110反诈专线"]
        case .channelAdviceGB: [.en: "; 159 reaches your own bank; report fraud to Report Fraud (0300 123 2040)", .zh: "；拨打159可接通您的开户银行；向英国诈骗举报中心（0300 123 2040）举报诈骗"]
        case .channelAdviceUS: [.en: "; report fraud at ReportFraud.ftc.gov", .zh: "；可向 ReportFraud.ftc.gov 举报诈骗"]
        case .prepFraudAsk: [.en: "This is a fraud case: ask your own bank to stop or recall the payment, and report to the police (recourse draft bank {1}, recourse draft police {1}); the firm that was impersonated owes you no promise its impersonator made", .zh: "这是诈骗案件：请开户银行止付或追回款项，并向警方报案（'recourse draft bank {1}'、'recourse draft police {1}'）；被冒充的机构不对冒充者的承诺负责"]
        // MARK: - #20 end
        case .moreItems: [.en: "… and {1} more (recourse agenda --all)", .zh: "……另有 {1} 项（recourse agenda --all 显示全部）"]
        case .channelWhatToDo: [.en: "what to do: hang up; call back {1}; share no codes or passwords{2}", .zh: "请挂断电话，拨打{1}回拨核实；不要提供验证码或密码{2}"]
        case .channelOfficialNumber: [.en: "the number in the official app or on the official site", .zh: "官方App或官网公布的号码"]
        case .channelInboundNotGenuine: [.en: "inbound contact from {1}, which is not a genuine channel of {2} (genuine: {3}); treat the caller as unverified — {4}", .zh: "来电 {1} 不是{2}的官方渠道（官方：{3}）；对方身份未经核实——{4}"]
        case .channelOutboundNotGenuine: [.en: "you contacted {1}, which is not a genuine channel of {2} (genuine: {3}); numbers found through search engines can be fake", .zh: "你联系的 {1} 不是{2}的官方渠道（官方：{3}）；搜索引擎找到的号码可能是假冒的"]
        case .channelBelongsToOther: [.en: "{1} is a genuine channel of {2}, not of {3}; check which organization this contact was with", .zh: "{1} 是{2}的官方渠道，不是{3}的；请核对这次联系的机构"]
        case .channelInboundUnverifiable: [.en: "inbound contact from {1}: {2}'s number is not in Recourse's registry — check it in {2}'s app or on its site (add it with org add --official); before acting on it, {3}", .zh: "来电 {1}：Recourse 的登记中没有{2}的电话——请在{2}的官方App或官网核对（可用 'recourse org add --official' 添加）；在照做之前，{3}"]
        case .channelRedFlags: [.en: "red flags of a fake customer service: {1} — {2}{3}", .zh: "假冒客服的危险信号：{1}——{2}{3}"]
        case .channelRedFlagItem: [.en: "'{1}' ({2})", .zh: "「{1}」（{2}）"]
        case .channelScamMark: [.en: "; if the caller was not who they claimed: recourse correct CONTACT --impersonation, then recourse draft police {1}", .zh: "；如对方是冒充的：'recourse correct 联系编号 --impersonation'，然后 'recourse draft police {1}'"]
        case .channelUnconfirmedNote: [.en: " — UNCONFIRMED, verify before relying on it", .zh: "——未经证实，请先核实"]
        case .channelGenuine: [.en: "{1} is a genuine {2} of {3} ({4}; source: {5}){6}", .zh: "{1} 是{3}的官方{2}（{4}；来源：{5}）{6}"]
        case .channelKindPhone: [.en: "phone", .zh: "电话"]
        case .channelKindSite: [.en: "site", .zh: "网站"]
        case .channelKindApp: [.en: "app", .zh: "App"]
        case .channelKindWechat: [.en: "wechat", .zh: "公众号"]
        case .channelKindEmail: [.en: "email", .zh: "邮箱"]
        case .channelConfirmed: [.en: "confirmed", .zh: "已核实"]
        case .channelPublished: [.en: "published", .zh: "公开发布"]
        case .channelUnconfirmed: [.en: "unconfirmed", .zh: "未经证实"]
        case .channelRecordedByYou: [.en: "{1} is an official channel of {2}, as you recorded it (org add --official)", .zh: "{1} 是你记录的{2}官方渠道（'recourse org add --official'）"]
        case .channelUnknownAddress: [.en: "{1} is not a genuine channel Recourse knows; before calling or trusting it, find the number in the institution's official app or on its official site", .zh: "{1} 不在 Recourse 已知的官方渠道中；拨打或相信它之前，请在该机构的官方App或官网上核对号码"]
        case .channelInstitutionList: [.en: "{1}: genuine channels: {2}", .zh: "{1}的官方渠道：{2}"]
        case .channelListItem: [.en: "{1} {2}{3}", .zh: "{1} {2}{3}"]
        case .channelItemUnconfirmed: [.en: " (unconfirmed)", .zh: "（未经证实）"]
        case .channelClean: [.en: "No red flags found; still, share no codes or passwords with anyone who contacts you", .zh: "未发现危险信号；但仍不要向主动联系你的人提供验证码或密码"]
        case .channelFlagLine: [.en: "Red flag '{1}': {2} (source: {3})", .zh: "危险信号「{1}」：{2}（来源：{3}）"]
        case .listSeparator: [.en: ", ", .zh: "、"]
        case .labelColon: [.en: ": ", .zh: "："]
        case .inferredKind: [.en: "kind {1}", .zh: "类型 {1}"]
        case .inferredJurisdiction: [.en: "jurisdiction {1}", .zh: "所属地区 {1}"]
        case .inferredKindUnknown: [.en: "kind unknown", .zh: "类型未知"]
        case .inferredNothing: [.en: "  kind and jurisdiction unknown; set them with: {1}", .zh: "  未能判断类型和所属地区；请用以下命令设置：{1}"]
        case .inferredLine: [.en: "  guessed {1}; if wrong: {2}", .zh: "  推断为{1}；如有误：{2}"]
        case .clauseSeparator: [.en: ", ", .zh: "，"]
        case .promptOrganization: [.en: "Organization", .zh: "机构"]
        case .promptChannel: [.en: "Channel", .zh: "渠道"]
        case .promptNumber: [.en: "Number used", .zh: "拨打的号码"]
        case .promptAgent: [.en: "Agent / staff number", .zh: "客服 / 工号"]
        case .promptReference: [.en: "Reference number", .zh: "参考编号"]
        case .promptSummary: [.en: "Summary", .zh: "摘要"]
        case .promptAdvice: [.en: "Advice they gave", .zh: "客服建议"]
        case .promptPromise: [.en: "What did they promise", .zh: "对方承诺了什么"]
        case .promptDue: [.en: "By when", .zh: "期限"]
        case .promptNewDue: [.en: "New due time", .zh: "新的期限"]
        case .promptNote: [.en: "Note", .zh: "备注"]
        case .promptWhen: [.en: "When", .zh: "时间"]
        case .promptBody: [.en: "Sent to (body)", .zh: "提交给（机构）"]
        case .promptSentAt: [.en: "When sent", .zh: "提交时间"]
        case .promptComplaintReference: [.en: "Their reference", .zh: "对方编号"]
        case .promptGivenOnContact: [.en: "Given on contact", .zh: "在哪次联系中给出"]
        case .promptEnterSkips: [.en: "Enter skips", .zh: "回车跳过"]
        case .promptEnterIsNow: [.en: "Enter = now", .zh: "回车 = 现在"]
        case .promptEnterIsPhone: [.en: "Enter = phone", .zh: "回车 = 电话"]
        case .promptEnterIsNone: [.en: "Enter = none", .zh: "回车 = 无"]
        case .promptRequired: [.en: "required", .zh: "必填"]
        case .promptDueExamples: [.en: "e.g. 三个工作日内, friday 5pm, 2026-11-27", .zh: "例如 三个工作日内、周五下午5点、2026-11-27"]
        case .promptAPromiseNeedsADueTime: [.en: "A promise needs a due time; type one, or Ctrl-C to abandon", .zh: "承诺需要一个期限；请输入，或按 Ctrl-C 放弃"]
        case .promptAnswerRequired: [.en: "An answer is needed here; or Ctrl-C to abandon", .zh: "此项必填；或按 Ctrl-C 放弃"]
        case .promptSave: [.en: "Save this record?", .zh: "保存这条记录吗？"]
        case .promptYesNoYes: [.en: "[Y/n]", .zh: "[Y/n]"]
        case .promptYesNoNo: [.en: "[y/N]", .zh: "[y/N]"]
        case .promptAnswerYesOrNo: [.en: "answer y or n", .zh: "请回答 y 或 n"]
        case .promptAbandoned: [.en: "abandoned; nothing was saved", .zh: "已放弃；没有保存任何内容"]
        case .promptNewCaseChoice: [.en: "n  a new case", .zh: "n  新建案件"]
        case .promptRecordTitle: [.en: "The record:", .zh: "记录如下："]
        case .promptCaseLabel: [.en: "Case", .zh: "案件"]
        case .promptNewCaseLabel: [.en: "a new case", .zh: "新案件"]
        case .promptExtendsLabel: [.en: "Moves promise", .zh: "改期承诺"]
        case .promptWhichOrganizationPrompt: [.en: "Which one? (number, or n for a new organization)", .zh: "是哪一个？（输入编号，或 n 新建机构）"]
        case .promptUnknownCommandSuggest: [.en: "unknown command '{1}'; did you mean '{2}'?", .zh: "未知命令“{1}”；是指“{2}”吗？"]
        case .promptUnknownCommand: [.en: "unknown command '{1}'; commands: {2}", .zh: "未知命令“{1}”；可用命令：{2}"]
        case .promptOpenCases: [.en: "Open cases with {1}:", .zh: "{1} 的未结案件："]
        case .promptWhichCaseOnly: [.en: "Which case? (Enter = #{1}, n = new)", .zh: "哪个案件？（回车 = #{1}，n = 新建）"]
        case .promptWhichCase: [.en: "Which case? (number, or n for a new one)", .zh: "哪个案件？（输入编号，或 n 新建）"]
        case .promptNotAChoice: [.en: "'{1}' is not one of the numbers shown (or n)", .zh: "“{1}”不是列出的编号（或 n）"]
        case .promptExtensionLine: [.en: "Promise #{1} now due {2}", .zh: "承诺 #{1} 改为 {2} 到期"]
        case .promptMeant: [.en: "Did you mean {1} (#{2})?", .zh: "是指 {1} (#{2}) 吗？"]
        case .promptCreatesNew: [.en: "n = create a new organization '{1}'", .zh: "n = 新建机构“{1}”"]
        case .promptWhichOrganization: [.en: "'{1}' is close to organizations you have:", .zh: "“{1}”与已有机构相近："]
        case .promptNearOrganization: [.en: "created a new organization '{1}', close to {2}; if it is the same, log to that name next time (or add an alias with 'recourse org add NAME --alias {1}')", .zh: "已新建机构“{1}”，与 {2} 相近；若是同一机构，下次请用该名称（或用 'recourse org add 名称 --alias {1}' 加别名）"]
        case .promptMovedCount: [.en: "{1}×", .zh: "{1} 次"]
        case .promptSuperseded: [.en: "Promise #{1} was extended; the current one is #{2}, due {3}. Act on #{2}?", .zh: "承诺 #{1} 已改期；当前是 #{2}，{3} 到期。改为处理 #{2} 吗？"]
        case .promptMovedOnContact: [.en: " on contact #{1}", .zh: "，联系 #{1}"]
        case .promptMovedBy: [.en: " ({1})", .zh: "（{1}）"]
        case .promptMovedOn: [.en: "moved {1}{2}{3}", .zh: "{1} 改期{2}{3}"]
        case .logWarningsKept: [.en: "(kept on contact #{1}: 'recourse show {2}' and the drafts show these warnings)", .zh: "（以上警告已记入联系 #{1}，'recourse show {2}' 和草稿中都会显示）"]
        case .channelCheckFailed: [.en: "the contact is saved, but its number could not be checked against genuine channels ({1}); run 'recourse check NUMBER'", .zh: "联系已保存，但未能将号码与官方渠道核对（{1}）；请运行 'recourse check 号码'"]
        case .moreCases: [.en: "… and {1} more (recourse cases --all)", .zh: "……另有 {1} 个案件（recourse cases --all 显示全部）"]
        case .notificationTitle: [.en: "Recourse: {1} overdue, {2} due soon", .zh: "Recourse：{1} 项逾期，{2} 项即将到期"]
        case .notificationQuiet: [.en: "{1} case gone quiet|{1} cases gone quiet", .zh: "{1} 个案件久无回音"]
        case .notifyMissing: [.en: "notify-send is not installed; no desktop notification sent (Debian: apt-get install libnotify-bin)", .zh: "没有安装 notify-send，未发送桌面通知（Debian：'apt-get install libnotify-bin'）"]
        case .notifyFailed: [.en: "notify-send exited with status {1}", .zh: "notify-send 退出状态为 {1}"]
        case .notifyCannotRun: [.en: "could not run notify-send: {1}", .zh: "无法运行 notify-send：{1}"]
        // MARK: Escalation clocks
        case .clockOpenSince: [.en: "open since {1}", .zh: "自 {1} 起可提交"]
        case .clockOpens: [.en: "opens {1}", .zh: "{1} 起可提交"]
        case .clockDue: [.en: "due {1}", .zh: "{1} 到期"]
        case .clockPassedUnanswered: [.en: "passed unanswered {1}", .zh: "{1} 已过期且未答复"]
        case .clockClosed: [.en: "closed {1}", .zh: "已于 {1} 截止"]
        case .clockCloses: [.en: "closes {1}", .zh: "{1} 截止"]
        case .clockUnconfirmed: [.en: " · unconfirmed: check with the body before relying on this date", .zh: " · 未经核实：依赖此日期前请向该机构确认"]
        case .clockLine: [.en: "{1}: {2} — {3}{4}", .zh: "{1}：{2} —— {3}{4}"]
        case .clockNextStep: [.en: "{1} ({2})", .zh: "{1}（{2}）"]
        case .clockAnswerDue: [.en: "{1} under {2} ({3})", .zh: "{2}（{3}）：{1}"]
        case .clockAnswerDueWhat: [.en: "answer due", .zh: "答复期限"]
        case .clockNoWaiting: [.en: "no waiting period after a complaint to the firm", .zh: "向企业投诉后无需等待"]
        case .clockFirmPeriod: [.en: "the firm's {1} from the complaint ({2})", .zh: "企业自收到投诉起 {1}（{2}）"]
        case .clockBeyondCalendar: [.en: "; counted past the calendar's known years", .zh: "；超出日历已知年份的部分按周一至周五计算"]
        case .clockPeriodFrom: [.en: "{1} from {2} ({3})", .zh: "自{2}起 {1}（{3}）"]
        // MARK: #19 routing and rulebook
        case .clockNoLegalClock: [.en: "no legal clock known: no rule Recourse knows sets this firm's deadline (ask for an answer by your own date: recourse escalate --to company --reply-by, or recourse draft complaint --reply-by)",
                                  .zh: "没有已知的法定期限：Recourse 不知道有哪条规定为该企业设定答复期限（可用 'recourse escalate --to company --reply-by' 或 'recourse draft complaint --reply-by' 自定答复日期）"]
        case .remitOtherCountry: [.en: "{1} takes complaints about firms in {2}, and this firm is in {3}", .zh: "{1}只受理{2}的机构，而该机构在{3}"]
        case .remitOtherKind: [.en: "{1} does not take complaints about a {2} (its remit: {3})", .zh: "{1}不受理针对{2}的投诉（受理范围：{3}）"]
        case .remitOtherCategory: [.en: "{1} takes only these cases: {3} (this case: {2})", .zh: "{1}只受理以下类型的案件：{3}（本案：{2}）"]
        case .remitInstead: [.en: "; for this case: {1}", .zh: "；本案可向：{1}"]
        case .checkNoLegalClock: [.en: "no legal clock known for this firm and case: the letter claims no deadline; give your own date with --reply-by",
                                  .zh: "该企业和案件没有已知的法定答复期限：函中不写期限；可用 --reply-by 自定答复日期"]
        case .checkReplyByPassed: [.en: "the reply-by date {1} is not after today", .zh: "答复日期 {1} 不晚于今天"]
        case .helpDraftReplyBy: [.en: "The date to ask the firm to answer by, where no rule sets one (e.g. 2026-12-31).",
                                 .zh: "无规定期限时，请企业于此日前答复（如 2026-12-31）。"]
        case .helpBodiesStale: [.en: "List the facts not checked against their source within 12 months (or never).",
                                .zh: "列出 12 个月内（或从未）核对过来源的事实。"]
        case .bodiesStaleHeader: [.en: "Facts not checked since {1}:", .zh: "自 {1} 以来未核对的事实："]
        case .bodiesStaleNone: [.en: "Every fact was checked since {1}.", .zh: "所有事实均在 {1} 之后核对过。"]
        case .bodiesStaleLine: [.en: "  {1} · {2} — last checked: {3}", .zh: "  {1} · {2} —— 上次核对：{3}"]
        case .bodiesNeverChecked: [.en: "never", .zh: "从未"]
        case .bodySourceChecked: [.en: " (checked {1})", .zh: "（核对于 {1}）"]
        case .helpRespondHolding: [.en: "The firm sent a holding reply (not its final response): its longer deadline runs (UK payment services: 35 business days).",
                                   .zh: "企业发出的是过渡答复（不是最终答复）：适用较长的期限（英国支付服务：35 个营业日）。"]
        case .helpRespondFinal: [.en: "The firm sent its final response (the default).", .zh: "企业作出最终答复（默认）。"]
        case .helpRespondDeadlock: [.en: "The firm sent a deadlock letter (UK energy and telecom: the ombudsman opens at once).",
                                    .zh: "企业发出僵局函（英国能源、电信：可立即向申诉专员投诉）。"]
        case .submissionHoldingDone: [.en: "Recorded a holding reply to #{1} on {2}; the complaint stays open.", .zh: "已记录 #{1} 的过渡答复（{2}）；投诉仍未结。"]
        case .submissionDeadlockDone: [.en: "Recorded a deadlock letter for #{1} on {2}.", .zh: "已记录 #{1} 的僵局函（{2}）。"]
        case .respondOneKind: [.en: "give only one of --holding, --final, --deadlock", .zh: "--holding、--final、--deadlock 只能选一个"]
        case .clockLineNoDate: [.en: "{1}: {2}{3}", .zh: "{1}：{2}{3}"]
        case .checkPaymentServiceUndecided: [.en: "cannot tell whether case #{1} is about a payment service (a card payment, a transfer): if it is, the firm has 15 business days (35 after a holding reply, {2}), not 8 weeks; say so with {3}",
                                             .zh: "无法判断案件 #{1} 是否涉及支付服务（刷卡、转账）：如是，企业的答复期限为 15 个工作日（发出过渡答复后 35 个，{2}），而非 8 周；请用 {3} 标明"]
        case .helpEscalateReplyBy: [.en: "With --to company, where no rule sets the firm's deadline: the date you ask it to answer by (e.g. 2026-12-31); drafts and the agenda use it.",
                                    .zh: "向企业正式投诉且无规定期限时：请企业于此日前答复（如 2026-12-31）；函件和日程均使用该日期。"]
        case .promptReplyBy: [.en: "Answer asked by (no legal clock known)", .zh: "请企业答复的日期（无已知法定期限）"]
        case .errReplyByCompanyOnly: [.en: "--reply-by goes with a complaint to the firm ({2}), not with {1}",
                                      .zh: "--reply-by 只用于向企业的正式投诉（{2}），不适用于{1}"]
        case .errReplyByNotAfterSent: [.en: "the reply-by date {1} is not after the complaint's date ({2})", .zh: "答复日期 {1} 不晚于投诉日期（{2}）"]
        case .clockUserReplyBy: [.en: "the date you asked for; no legal clock known", .zh: "您自定的答复日期；无已知法定期限"]
        case .checkBodyLanguage: [.en: "{1} works in {2}, which Recourse does not write: this draft is in {3}, with the field names in {2}; have it translated if the body asks",
                                  .zh: "{1}使用的语言（{2}）Recourse 不会写：本草稿为{3}，字段名附{2}原文；如该机构要求，请翻译"]
        case .respondHoldingNotCompany: [.en: "a holding reply is the firm's answer to a complaint; #{1} went to {2}", .zh: "过渡答复是企业对投诉的答复；#{1} 提交给的是{2}"]
        // MARK: cases
        case .noCasesYet: [.en: "No cases yet.", .zh: "还没有案件。"]
        case .noOpenCases: [.en: "No open cases.", .zh: "没有进行中的案件。"]
        case .closedMark: [.en: "[closed] {1}", .zh: "[已结案] {1}"]
        case .overdueMark: [.en: "{1} overdue", .zh: "{1} 已逾期"]
        // MARK: log
        case .newOrganization: [.en: "New organization #{1} {2}", .zh: "新建机构 #{1} {2}"]
        case .openedCase: [.en: "Opened case #{1} {2}", .zh: "新建案件 #{1} {2}"]
        case .loggedContact: [.en: "Logged contact #{1} on case #{2} ({3})", .zh: "已记录联系 #{1}，案件 #{2}（{3}）"]
        case .loggedPromise: [.en: " · promise #{1} due {2}", .zh: " · 承诺 #{1} 期限 {2}"]
        case .keptEvidence: [.en: "Kept {1} as evidence #{2} (sha256 {3}…)", .zh: "已将 {1} 保存为证据 #{2}（sha256 {3}…）"]
        case .promiseWithoutDue: [.en: "promise '{1}' has no due time; add --due WHEN (e.g. --due \"3 workdays\")", .zh: "承诺“{1}”没有期限；请加上 --due 时间（例如 --due 三个工作日内）"]
        case .caseWithNewCase: [.en: "--case and --new-case cannot be used together", .zh: "--case 和 --new-case 不能同时使用"]
        case .nameOrCase: [.en: "name the organization (e.g. recourse log \"Bank\") or give --case N", .zh: "请写出机构名称（例如 recourse log 数字人民币钱包）或给出 --case N"]
        case .dueWithoutPromise: [.en: "--due '{1}' has no --promise or --extends to belong to", .zh: "--due '{1}' 没有对应的 --promise 或 --extends"]
        // MARK: show
        case .caseHeader: [.en: "Case #{1} · {2} · {3}", .zh: "案件 #{1} · {2} · {3}"]
        case .caseSince: [.en: "{1} since {2} · {3} · {4}", .zh: "{2} 起{1} · {3} · {4}"]
        case .contactCount: [.en: "{1} contact|{1} contacts", .zh: "{1} 次联系"]
        case .pendingCount: [.en: "{1} pending promise|{1} pending promises", .zh: "{1} 项待兑现承诺"]
        case .labelSummary: [.en: "Summary", .zh: "摘要"]
        case .factTransactionAt: [.en: "Transaction {1}", .zh: "交易时间 {1}"]
        case .factCounterparty: [.en: "with {1}", .zh: "交易对方 {1}"]
        case .factDevice: [.en: "device {1}", .zh: "设备 {1}"]
        case .factStatementAt: [.en: "first statement with the error {1}", .zh: "首张有误对账单 {1}"]
        case .helpCaseCommandEditStatementDate: [.en: "The date of the first statement that showed the error (Regulation E's 60-day notice runs from it); \"\" clears it.", .zh: "首次显示该差错的对账单日期（E 条例规定的 60 日通知期自该日起算）；传入 \"\" 即清除。"]
        case .fieldStatementAt: [.en: "first statement with the error", .zh: "首张有误对账单日期"]
        case .labelAdvice: [.en: "Advice", .zh: "建议"]
        case .labelOutcome: [.en: "Outcome", .zh: "结果"]
        case .agentPart: [.en: "agent {1}", .zh: "客服 {1}"]
        case .refPart: [.en: "ref {1}", .zh: "参考编号 {1}"]
        case .evidenceLine: [.en: "Evidence #{1} {2} · {3} · sha256 {4}…", .zh: "证据 #{1} {2} · {3} · sha256 {4}…"]
        case .historyHeading: [.en: "History", .zh: "历史记录"]
        case .promiseLine: [.en: "Promise #{1} {2} — due {3} ({4})", .zh: "承诺 #{1} {2} —— 期限 {3}（{4}）"]
        case .promiseOverdueBy: [.en: "OVERDUE by {1}", .zh: "已逾期 {1}"]
        case .promiseKeptAt: [.en: "kept {1}", .zh: "{1} 已兑现"]
        case .promiseBrokenAt: [.en: "broken {1}", .zh: "{1} 确认未兑现"]
        case .promiseCancelledAt: [.en: "cancelled {1}", .zh: "{1} 已取消"]
        case .extendsPromise: [.en: " · extends #{1}", .zh: " · 改期自 #{1}"]
        case .submissionsHeading: [.en: "Complaints and submissions", .zh: "投诉与提交"]
        case .submissionLine: [.en: "#{1} {2} sent {3}", .zh: "#{1} {2} 提交于 {3}"]
        case .eventAttachmentAdded: [.en: "attachment.added", .zh: "添加证据"]
        case .eventCaseEdited: [.en: "case.edited", .zh: "修改案件"]
        case .eventCaseOpened: [.en: "case.opened", .zh: "新建案件"]
        case .eventCaseClosed: [.en: "case.closed", .zh: "结案"]
        case .eventCaseReopened: [.en: "case.reopened", .zh: "重新打开案件"]
        case .eventContactCorrected: [.en: "contact.corrected", .zh: "更正联系"]
        case .eventContactLogged: [.en: "contact.logged", .zh: "记录联系"]
        case .eventContactFlagged: [.en: "contact.flagged", .zh: "标记警告"]
        case .eventEscalationClosed: [.en: "escalation.closed", .zh: "结束投诉"]
        case .eventEscalationResponded: [.en: "escalation.responded", .zh: "收到答复"]
        case .eventEscalationSubmitted: [.en: "escalation.submitted", .zh: "提交投诉"]
        case .eventJournalBaselined: [.en: "journal.baselined", .zh: "建立校验基线"]
        case .eventAliasAdded: [.en: "organization.alias_added", .zh: "添加别名"]
        case .eventChannelAdded: [.en: "organization.channel_added", .zh: "添加官方渠道"]
        case .eventOrganizationCreated: [.en: "organization.created", .zh: "新建机构"]
        case .eventOrganizationUpdated: [.en: "organization.updated", .zh: "更新机构"]
        case .eventPromiseExtended: [.en: "promise.extended", .zh: "承诺改期"]
        case .eventPromiseMade: [.en: "promise.made", .zh: "作出承诺"]
        case .eventPromiseKept: [.en: "promise.kept", .zh: "承诺已兑现"]
        case .eventPromiseBroken: [.en: "promise.broken", .zh: "承诺未兑现"]
        case .eventPromiseCancelled: [.en: "promise.cancelled", .zh: "承诺已取消"]
        case .eventOther: [.en: "{1}", .zh: "{1}"]
        case .historyCorrected: [.en: "corrected {1}: {2}", .zh: "更正 {1}：{2}"]
        case .historyEdited: [.en: "edited {1}: {2}", .zh: "修改 {1}：{2}"]
        case .byteCount: [.en: "{1} B", .zh: "{1} 字节"]
        // MARK: search
        case .noSearchHits: [.en: "No contact mentions '{1}'.", .zh: "没有联系记录提到“{1}”。"]
        case .searchAgent: [.en: "agent {1}", .zh: "客服 {1}"]
        case .searchRef: [.en: "ref {1}", .zh: "参考编号 {1}"]
        case .limitRange: [.en: "--limit must be between 1 and 1000, not {1}", .zh: "--limit 须在 1 到 1000 之间，而不是 {1}"]
        // MARK: promise, case, org, correct
        case .promiseResolved: [.en: "Promise #{1} {2}: {3}", .zh: "承诺 #{1} {2}：{3}"]
        case .promiseExtended: [.en: "Promise #{1} extended: now promise #{2} due {3} (was {4})", .zh: "承诺 #{1} 已改期：现为承诺 #{2}，期限 {3}（原为 {4}）"]
        case .caseClosedDone: [.en: "Closed case #{1} {2}", .zh: "已结案 #{1} {2}"]
        case .caseReopenedDone: [.en: "Reopened case #{1} {2}", .zh: "已重新打开案件 #{1} {2}"]
        case .caseUpdated: [.en: "Updated case #{1} {2}{3}", .zh: "已更新案件 #{1} {2}{3}"]
        case .unknownCategory: [.en: "unknown category '{1}'; use one of {2}", .zh: "未知类别“{1}”；可用：{2}"]
        case .orgAdded: [.en: "Added organization #{1} {2}", .zh: "已添加机构 #{1} {2}"]
        case .orgExisting: [.en: "Organization #{1} {2}", .zh: "机构 #{1} {2}"]
        case .orgAliases: [.en: "  also known as: {1}", .zh: "  别名：{1}"]
        case .orgOfficial: [.en: "  official {1}: {2}", .zh: "  官方{1}：{2}"]
        case .orgNothingNew: [.en: "  nothing new to add", .zh: "  没有新的内容"]
        case .noOrganizations: [.en: "No organizations yet.", .zh: "还没有机构。"]
        case .unknownChannel: [.en: "unknown channel '{1}'; use one of {2}", .zh: "未知渠道“{1}”；可用：{2}"]
        case .unknownDirection: [.en: "unknown direction '{1}'; use outbound (I contacted them) or inbound (they contacted me)", .zh: "未知方向“{1}”；可用：去电（我联系对方）或 来电（对方联系我）"]
        case .unknownOrgKind: [.en: "unknown organization kind '{1}'; use one of {2}", .zh: "未知机构类型“{1}”；可用：{2}"]
        case .contactCorrected: [.en: "Corrected contact #{1} on case #{2}; 'recourse show {2} --history' shows the change", .zh: "已更正联系 #{1}（案件 #{2}）；'recourse show {2} --history' 可查看改动"]
        // MARK: - #22 repairs: void, move, attach, promise correct
        case .helpVoidAbstract: [.en: "Void a contact logged by mistake; it stays in the history but leaves letters, the agenda and counts.", .zh: "作废误记的联系；它保留在历史中，但不再出现在信件、待办和计数里。"]
        case .helpVoidDiscussion: [.en: """
            Nothing is deleted: 'recourse show CASE --history' still shows the contact and why it was voided.
            Its promises are no longer reminded of. To put a contact on the right case instead, use 'recourse move'.

            Example: recourse void 12 --reason "logged twice"
            """, .zh: """
            不会删除任何内容：'recourse show 案件号 --history' 仍显示该联系及作废原因。
            其承诺不再提醒。若只是记错了案件，请用 'recourse move'。

            例如：recourse void 12 --reason "误记"
            """]
        case .helpVoidContactID: [.en: "The contact number (see 'recourse show CASE').", .zh: "联系编号（见 'recourse show 案件号'）。"]
        case .helpVoidReason: [.en: "Why it was a mistake; kept in the history.", .zh: "为什么是误记；记入历史。"]
        case .helpMoveAbstract: [.en: "Move a contact, with its promises and evidence, to another case.", .zh: "把一次联系（连同其承诺和证据）移到另一个案件。"]
        case .helpMoveDiscussion: [.en: """
            For a call logged under the wrong company or case. Both cases' histories record the move.
            Give --case N for an open case, or --new-case TITLE (with --org NAME for another organization).

            Example: recourse move 12 --case 3 --reason "logged under the wrong company"
            """, .zh: """
            用于记错公司或案件的联系。两个案件的历史都会记下这次移动。
            用 --case N 指定一个未结案件，或用 --new-case 标题 新建案件（另一家机构时加 --org 名称）。

            例如：recourse move 12 --case 3 --reason "记错了公司"
            """]
        case .helpMoveContactID: [.en: "The contact number (see 'recourse show CASE').", .zh: "联系编号（见 'recourse show 案件号'）。"]
        case .helpMoveCase: [.en: "The open case to move it to.", .zh: "要移到的未结案件。"]
        case .helpMoveNewCase: [.en: "Open a new case with this title and move it there.", .zh: "以此标题新建案件并移过去。"]
        case .helpMoveOrganization: [.en: "The organization of the new case (created if unknown).", .zh: "新案件所属的机构（未知时新建）。"]
        case .helpMoveReason: [.en: "Why it moves; kept in the history.", .zh: "移动的原因；记入历史。"]
        case .helpAttachAbstract: [.en: "Add evidence to a contact logged earlier; it is hashed and dated as added later.", .zh: "为已记录的联系补充证据；文件会计算哈希，并注明是事后补充的日期。"]
        case .helpAttachDiscussion: [.en: """
            The files are copied into the journal, never moved. The evidence list shows the day each was added.

            Example: recourse attach 12 screenshot.png
            """, .zh: """
            文件会复制到日志中，原文件不动。证据清单会显示每个文件的补充日期。

            例如：recourse attach 12 截图.png
            """]
        case .helpAttachContactID: [.en: "The contact number (see 'recourse show CASE').", .zh: "联系编号（见 'recourse show 案件号'）。"]
        case .helpAttachFiles: [.en: "The files to add (screenshots, recordings, letters).", .zh: "要补充的文件（截图、录音、信件）。"]
        case .helpPromiseCommandCorrectAbstract: [.en: "Fix a due time or text you logged wrongly (not the firm moving its deadline).", .zh: "更正自己记错的期限或承诺内容（不是对方推迟期限）。"]
        case .helpPromiseCommandCorrectDiscussion: [.en: """
            The promise is corrected in place and the old values stay in the history; no letter counts it as an
            extension. A relative due time ("48h", "3 workdays") counts from the contact that gave the promise.

            Example: recourse promise correct 17 --due 48h --reason "misheard"
            """, .zh: """
            承诺在原处更正，旧值保留在历史中；信件不会把它算作对方延期。
            相对期限（“48小时内”“三个工作日内”）从作出承诺的那次联系算起。

            例如：recourse promise correct 17 --due 48小时内 --reason "我记错了"
            """]
        case .helpPromiseCommandCorrectDue: [.en: "The due time as the agent said it.", .zh: "客服所说的期限。"]
        case .helpPromiseCommandCorrectText: [.en: "The promise's words, corrected.", .zh: "更正后的承诺内容。"]
        case .helpPromiseCommandCorrectReason: [.en: "Why it changes; kept in the history.", .zh: "更正原因；记入历史。"]
        case .contactVoided: [.en: "Voided contact #{1} on case #{2}: it is left out of letters, the agenda and counts; 'recourse show {2} --history' keeps it", .zh: "已作废联系 #{1}（案件 #{2}）：不再出现在信件、待办和计数中；'recourse show {2} --history' 仍保留它"]
        case .contactMoved: [.en: "Moved contact #{1} from case #{2} to case #{3} ({4})", .zh: "已把联系 #{1} 从案件 #{2} 移到案件 #{3}（{4}）"]
        case .contactMovedToNewCase: [.en: "Moved contact #{1} from case #{2} to new case #{3} ({4})", .zh: "已把联系 #{1} 从案件 #{2} 移到新案件 #{3}（{4}）"]
        case .attachmentsAdded: [.en: "Added 1 file to contact #{2} (case #{3}), dated {4} as added later|Added {1} files to contact #{2} (case #{3}), dated {4} as added later", .zh: "已为联系 #{2}（案件 #{3}）补充 {1} 个文件，注明补充于 {4}"]
        case .promiseCorrected: [.en: "Corrected promise #{1}: due {2} ({3}), counted from the contact of {4}", .zh: "已更正承诺 #{1}：期限 {2}（{3}），从 {4} 的联系起算"]
        case .errContactAlreadyVoided: [.en: "Contact #{1} is already voided; 'recourse show CASE --history' shows when and why", .zh: "联系 #{1} 已作废；'recourse show 案件号 --history' 可查看时间和原因"]
        case .errContactAlreadyOnCase: [.en: "Contact #{1} is already on case #{2}; name another case with --case, or --new-case TITLE", .zh: "联系 #{1} 已在案件 #{2} 中；请用 --case 指定另一个案件，或用 --new-case 标题"]
        case .errMoveNeedsTarget: [.en: "Say where to move the contact: --case N or --new-case TITLE (e.g. recourse move 12 --case 3)", .zh: "请说明移到哪里：--case N 或 --new-case 标题（例如 recourse move 12 --case 3）"]
        case .errMoveTwoTargets: [.en: "Give --case or --new-case, not both", .zh: "--case 和 --new-case 只能给一个"]
        case .errOrganizationWithoutNewCase: [.en: "--org names the organization of a new case: give --new-case TITLE with it", .zh: "--org 指定新案件的机构：请同时给出 --new-case 标题"]
        case .errCorrectNeedsDue: [.en: "Give the right due time with --due WHEN (e.g. --due \"3 workdays\")", .zh: "请用 --due 给出正确的期限（例如 --due \"三个工作日内\"）"]
        case .eventContactVoided: [.en: "contact.voided", .zh: "作废联系"]
        case .eventContactMovedOut: [.en: "contact.moved_out", .zh: "联系移出"]
        case .eventContactMovedIn: [.en: "contact.moved_in", .zh: "联系移入"]
        case .eventPromiseCorrected: [.en: "promise.corrected", .zh: "更正承诺"]
        case .errAmountAmbiguous: [.en: "cannot read the amount '{1}' for sure: is that {2} or {3}? Write {4} if you mean {2}; amounts take at most two decimals", .zh: "无法确定金额“{1}”：是 {2} 还是 {3}？如指 {2}，请写 {4}；金额最多两位小数"]
        case .evidenceAddedLater: [.en: "{1} (added to the record {2})", .zh: "{1}（{2} 补充入档）"]
        case .orgEdited: [.en: "Organization #{1} {2}: kind {3}, jurisdiction {4}", .zh: "机构 #{1} {2}：类型 {3}，所属地区 {4}"]
        case .orgEditedAddress: [.en: ", address {1}", .zh: "，地址 {1}"]
        case .jurisdictionUnknown: [.en: "unknown", .zh: "未知"]
        case .orgKindBank: [.en: "bank", .zh: "银行"]
        case .orgKindWallet: [.en: "wallet", .zh: "钱包"]
        case .orgKindPayment: [.en: "payment firm", .zh: "支付机构"]
        case .orgKindInsurer: [.en: "insurer", .zh: "保险公司"]
        case .orgKindTelecom: [.en: "telecom", .zh: "电信运营商"]
        case .orgKindShop: [.en: "shop", .zh: "商家"]
        case .orgKindUtility: [.en: "utility", .zh: "公用事业"]
        case .orgKindTransport: [.en: "transport", .zh: "交通运输"]
        case .orgKindGovernment: [.en: "government", .zh: "政府机构"]
        case .orgKindOther: [.en: "other", .zh: "其他"]
        // #19's organization kinds
        case .orgKindSecurities: [.en: "securities firm", .zh: "证券公司"]
        case .orgKindFund: [.en: "fund manager", .zh: "基金公司"]
        case .orgKindFutures: [.en: "futures firm", .zh: "期货公司"]
        case .orgKindCreditReporting: [.en: "credit reporting agency", .zh: "征信机构"]
        case .orgKindBroadband: [.en: "broadband provider", .zh: "宽带运营商"]
        case .orgKindEnergy: [.en: "energy supplier", .zh: "能源供应商"]
        case .orgKindPlatform: [.en: "e-commerce platform", .zh: "电商平台"]
        // MARK: - #19 German banking schemes by the bank's group
        case .sectorPrivate: [.en: "private bank", .zh: "私营银行"]
        case .sectorPublic: [.en: "public bank", .zh: "公营银行"]
        case .sectorSavings: [.en: "savings bank (Sparkasse)", .zh: "储蓄银行"]
        case .sectorCooperative: [.en: "cooperative bank (Volksbank, Raiffeisenbank)", .zh: "合作银行"]
        case .sectorNone: [.en: "in no private scheme", .zh: "未参加任何私营调解机构"]
        case .sectorUnknown: [.en: "not known", .zh: "不明"]
        case .helpOrgSector: [.en: "A German bank's group, which picks its dispute scheme: private, public, savings, cooperative, or none (in no private scheme).",
                              .zh: "德国银行的集团，决定调解机构：私营 'private'、公营 'public'、储蓄 'savings'、合作 'cooperative'，或 'none'（无私营调解机构）。"]
        case .unknownSector: [.en: "unknown banking group '{1}'; use one of {2}", .zh: "未知银行集团“{1}”；可用：{2}"]
        case .orgEditedSector: [.en: ", banking group {1}", .zh: "，银行集团 {1}"]
        case .remitOtherSector: [.en: "{1} takes disputes only with banks of this group: {3}; this bank: {2}; set its group with 'recourse org edit {4} --sector GROUP' (private, public, savings, cooperative or none)",
                                 .zh: "{1}只受理以下集团银行的争议：{3}；该银行：{2}；可用 'recourse org edit {4} --sector 集团' 设定其集团（集团：'private'、'public'、'savings'、'cooperative' 或 'none'）"]
        case .checkSectorUnknown: [.en: "the bank's group (private, public, savings or cooperative bank) is not known, so this names the Bundesbank's Schlichtungsstelle, which passes an application on to the competent scheme (FinSV § 24); to address the right scheme at once: recourse org edit {1} --sector GROUP (private, public, savings, cooperative or none)",
                                   .zh: "不知道该银行属于哪个集团（私人、公营、储蓄或合作银行），因此写的是德国央行调解处；它会把申请转交主管的调解机构（《金融调解机构条例》第24条）。要直接寄给主管机构：'recourse org edit {1} --sector 集团'（集团：'private'、'public'、'savings'、'cooperative' 或 'none'）"]
        case .checkGermanApplication: [.en: "{1} takes applications in German only (FinSV § 7): the heading, the request and the declaration are in German, but the facts are in {2}; have them translated before you send it",
                                       .zh: "{1}只受理德文申请（《金融调解机构条例》第7条）：标题、请求和声明是德文，但事实部分是{2}；寄出前请译成德文"]
        case .helpBodiesCase: [.en: "Show the bodies case N can go to, in order and from when (the route escalate and agenda use).",
                               .zh: "显示案件 N 可以提交的机构、顺序和起始时间（与 'recourse escalate'、'recourse agenda' 相同的路线）。"]
        case .bodiesRouteHeader: [.en: "Case #{1} · {2} ({3}, {4})", .zh: "案件 #{1} · {2}（{3}，{4}）"]
        case .bodiesRouteAfterComplaint: [.en: "after a formal complaint to the firm (recourse escalate {1} --to company)",
                                          .zh: "须先向企业正式投诉（'recourse escalate {1} --to company'）"]
        case .bodiesRouteNone: [.en: "No body Recourse knows takes this case", .zh: "Recourse 知道的机构都不受理此案件"]
        case .bodySectors: [.en: "Takes banks of these groups: {1}", .zh: "受理以下集团的银行：{1}"]
        case .inferredSector: [.en: "banking group {1}", .zh: "银行集团 {1}"]
        // MARK: - #19 German banking schemes end
        case .errEscalateNeedsBody: [.en: "Name the body with --to BODY (e.g. 'recourse escalate 1 --to company'); 'recourse bodies' lists them", .zh: "请用 --to 指定受理机构（例如 'recourse escalate 1 --to company'）；'recourse bodies' 可列出全部"]
        case .channelAddress: [.en: "{1}: {2}", .zh: "{1}：{2}"]
        case .fieldAmount: [.en: "amount", .zh: "金额"]
        case .fieldCurrency: [.en: "currency", .zh: "币种"]
        case .fieldDueAt: [.en: "due at", .zh: "到期时间"]
        case .promptNumberInbound: [.en: "Number they called from", .zh: "来电号码"]
        case .icsClockOpens: [.en: "{1}: {2} opens to case #{3}", .zh: "{1}：{2} 可受理案件 #{3}"]
        case .icsClockCloses: [.en: "{1}: last day for {2} (case #{3})", .zh: "{1}：{2} 的最后期限（案件 #{3}）"]
        case .icsClockAnswerDue: [.en: "{1}: answer due from {2} (case #{3})", .zh: "{1}：{2} 应答复的期限（案件 #{3}）"]
        case .icsClockSource: [.en: "Rule: {1}", .zh: "依据：{1}"]
        case .colHotline: [.en: "HOTLINE", .zh: "热线"]
        case .promptMovedPromise: [.en: "Did this call move promise #{1} ({2}, due {3})?", .zh: "这次联系是否改了承诺 #{1}（{2}，原定 {3}）的期限？"]
        case .promptMovedPromiseDue: [.en: "New due time for promise #{1}", .zh: "承诺 #{1} 的新期限"]
        case .badDuration: [.en: "cannot read the duration '{1}'; try e.g. 12m, 1h30m, 00:12:30 or 12分钟", .zh: "无法识别时长“{1}”；例如 12分钟、1小时30分、00:12:30 或 12m"]
        case .badAmount: [.en: "cannot read the amount '{1}'; write e.g. 500.00 CNY, ¥500, £84.99 or 12.50 USD", .zh: "无法识别金额“{1}”；例如 500元、¥500、500.00 CNY 或 £84.99"]
        // MARK: escalate
        case .recordedFormalComplaint: [.en: "Recorded formal complaint #{1} to the company on case #{2}, sent {3}", .zh: "已记录向企业的正式投诉 #{1}，案件 #{2}，提交于 {3}"]
        case .recordedComplaintUnder: [.en: "Recorded complaint #{1} under {2} on case #{3}, sent {4}", .zh: "已记录投诉 #{1}（依据{2}），案件 #{3}，提交于 {4}"]
        case .recordedSubmission: [.en: "Recorded submission #{1} to the {2} on case #{3}, sent {4}", .zh: "已记录提交 #{1}：向{2}，案件 #{3}，提交于 {4}"]
        case .submissionAnsweredDone: [.en: "Submission #{1} answered {2}", .zh: "提交 #{1} 已于 {2} 得到答复"]
        case .submissionClosedDone: [.en: "Closed submission #{1}: {2}", .zh: "已结束提交 #{1}：{2}"]
        case .noBody: [.en: "no body '{1}'; known: {2}", .zh: "没有机构“{1}”；已知：{2}"]
        // MARK: bodies
        case .jurisdictionAny: [.en: "ANY", .zh: "不限"]
        case .bodyPeriodFrom: [.en: "{1} from {2}", .zh: "自{2}起 {1}"]
        case .bodyVariant: [.en: "; {1}: {2}", .zh: "；{1}：{2}"]
        case .bodyExtension: [.en: "; up to {1} ({2})", .zh: "；最长 {1}（{2}）"]
        case .bodyExtensionDefault: [.en: "extension", .zh: "延期"]
        case .bodyRule: [.en: " ({1})", .zh: "（{1}）"]
        case .bodyRuleUnconfirmed: [.en: " [UNCONFIRMED]", .zh: "［未经核实］"]
        case .bodyRequired: [.en: "required", .zh: "必须"]
        case .bodyEncouraged: [.en: "encouraged", .zh: "建议"]
        case .bodyBefore: [.en: "Before: {1}: {2}", .zh: "前提（{1}）：{2}"]
        case .bodyFirmWithin: [.en: "The firm must answer within {1}", .zh: "企业答复期限：{1}"]
        case .bodyItself: [.en: "The body: {1} within {2} from {3}", .zh: "该机构：自{3}起 {2} 内{1}"]
        case .bodyConsumerWindow: [.en: "You must act within {1} of {2}{3}", .zh: "您须在{2}后 {1} 内提出{3}"]
        case .bodyCalendar: [.en: "Days counted with calendar {1}", .zh: "按 {1} 日历计算天数"]
        case .bodyFields: [.en: "Fields:", .zh: "需填写的项目："]
        case .bodyFieldRequired: [.en: " (required)", .zh: "（必填）"]
        case .bodyFieldMasked: [.en: " (masked in drafts)", .zh: "（草稿中打码）"]
        case .bodySources: [.en: "Sources:", .zh: "依据："]
        case .bodySourceConfirmed: [.en: "confirmed", .zh: "已核实"]
        case .bodySourceUnconfirmed: [.en: "UNCONFIRMED: check with the body before relying on this", .zh: "未经核实：依赖前请向该机构确认"]
        case .bodyNote: [.en: "Note: {1}", .zh: "说明：{1}"]
        case .bodyKindWhere: [.en: "{1}, {2}", .zh: "{1}，{2}"]
        case .bodyChannel: [.en: "  {1}: {2}{3}", .zh: "  {1}：{2}{3}"]
        case .bodyVariantRule: [.en: "  {1}:{2}", .zh: "  {1}：{2}"]
        case .bodyLongStop: [.en: "; {1}", .zh: "；{1}"]
        case .bodyField: [.en: "  {1}{2}", .zh: "  {1}{2}"]
        case .bodySource: [.en: "  {1}{2} [{3}]{4}", .zh: "  {1}{2}［{3}］{4}"]
        case .bodySourceArticle: [.en: ", {1}", .zh: "，{1}"]
        // MARK: - #22 words
        case .checkKindCard: [.en: "card number", .zh: "银行卡号"]
        case .checkKindResidentID: [.en: "resident ID number", .zh: "身份证号"]
        case .checkKindIBAN: [.en: "IBAN", .zh: "IBAN"]
        case .checkKindSSN: [.en: "SSN", .zh: "社会保障号"]
        case .checkKindPhone: [.en: "personal phone number", .zh: "个人电话"]
        case .checkKindAccount: [.en: "account number", .zh: "账号"]
        case .checkKindOtherID: [.en: "identity number (HK/Macau/Taiwan ID, passport, permit, NI number, ITIN)", .zh: "证件号（港澳台身份证、护照、通行证等）"]
        case .checkKindOwnIdentifier: [.en: "your own ID or account number", .zh: "您的证件号或账号"]
        case .checkKindNumber: [.en: "number", .zh: "号码"]
        case .checkUnmasked: [.en: "the {1} {2} appears in full (--no-redact); send it only if the recipient needs it", .zh: "{1} {2} 以完整号码出现（--no-redact）；确需提供再发送"]
        case .checkNameMissing: [.en: "your name is missing: recourse profile set name \"Your Name\"", .zh: "缺少您的姓名：recourse profile set name 姓名"]
        case .checkComplaintNotRecorded: [.en: "no formal complaint is recorded, so the deadline counts from today; once sent, record it: recourse escalate {1} --to company --ref REF",
                                          .zh: "尚未记录正式投诉，答复期限从今天算起；发出后请记录：'recourse escalate {1} --to company --ref 编号'"]
        case .checkUnconfirmedRule: [.en: "the rule or deadline quoted is not yet confirmed against a primary text; check it before sending", .zh: "所引规则或期限尚未经原文核实，发送前请确认"]
        case .checkUnconfirmedFacts: [.en: "not yet confirmed against a primary source: {1}; check before sending", .zh: "以下内容尚未经原始资料核实：{1}；发送前请确认"]
        case .checkNoRemedy: [.en: "no remedy is given, so the letter asks in general terms: recourse case edit {1} --wants \"…\"", .zh: "未写明诉求，函中使用通用请求：recourse case edit {1} --wants \"…\""]
        case .checkNoEvidence: [.en: "no evidence files are kept for this case: recourse log … --attach FILE", .zh: "本案没有保存任何证据文件：recourse log … --attach 文件"]
        case .checkReady: [.en: "Ready to send.", .zh: "可以发送。"]
        case .checkReadyConfirmFirst: [.en: "Ready to send (confirm the points above first).", .zh: "可以发送（请先确认以上各项）。"]
        case .checkFixesLeft: [.en: "{1} thing to fix before sending.|{1} things to fix before sending.", .zh: "发送前需处理 {1} 项。"]
        case .checkMarkFix: [.en: "✗ fix: ", .zh: "✗ 需处理："]
        case .checkMarkConfirm: [.en: "! confirm: ", .zh: "! 请确认："]
        case .checkFieldMissing: [.en: "the required field \"{1}\" is missing; add it with recourse profile set or case edit", .zh: "必填项“{1}”缺少；用 'recourse profile set' 或 'recourse case edit' 补充"]
        // MARK: config, profile, templates
        case .configFromZone: [.en: "(from TZ: {1})", .zh: "（按时区：{1}）"]
        case .configFromLocale: [.en: "(from the locale: {1})", .zh: "（按语言环境：{1}）"]
        case .unknownSetting: [.en: "unknown setting '{1}'; known: {2}", .zh: "未知设置“{1}”；已知：{2}"]
        case .noCalendarForRegion: [.en: "no calendar '{1}'; use CN, GB-ENG, US or WEEKDAYS, or add a .cal file", .zh: "没有日历“{1}”；可用 CN、GB-ENG、US 或 WEEKDAYS，或添加 .cal 文件"]
        case .regionWithoutCalendar: [.en: "region '{1}' in the settings has no calendar; known: {2}", .zh: "设置中的地区“{1}”没有日历；已知：{2}"]
        case .unknownLanguage: [.en: "unknown language '{1}'; use {2}", .zh: "未知语言“{1}”；可用：{2}"]
        case .unknownFormat: [.en: "unknown format '{1}'; use md, txt or html", .zh: "未知格式“{1}”；可用 md、txt 或 html"]
        case .prepUnknownFormat: [.en: "unknown format '{1}'; use md or txt", .zh: "未知格式“{1}”；可用 md 或 txt"]
        case .checkNothingGiven: [.en: "nothing to check; give a number, an address or a quoted text", .zh: "没有要核对的内容；请给出号码、网址或用引号括起的文字"]
        case .extendNeedsDue: [.en: "give the new due time with --due WHEN (e.g. --due \"3 workdays\")", .zh: "请用 --due 给出新的到期时间（例如 --due \"3个工作日内\"）"]
        case .templateOverride: [.en: "  (your override)", .zh: "  （您的自定义版本）"]
        case .noTemplate: [.en: "no template '{1}'; known: {2}", .zh: "没有模板“{1}”；已知：{2}"]
        case .profileSaved: [.en: "Saved {1}", .zh: "已保存 {1}"]
        case .wroteDraft: [.en: "Wrote {1} to {2}", .zh: "已将{1}写入 {2}"]
        case .draftComplaint: [.en: "the complaint letter", .zh: "投诉信"]
        case .draftSubmission: [.en: "the submission to {1}", .zh: "致{1}的提交材料"]
        case .draftEvidence: [.en: "the evidence list", .zh: "证据清单"]
        // MARK: calendar, backup, verify, doctor, demo, search
        case .backedUp: [.en: "Backed up to {1}", .zh: "已备份到 {1}"]
        case .wroteEvents: [.en: "Wrote {1} promise(s) to {2}", .zh: "已将 {1} 项承诺写入 {2}"]
        case .jsonNeedsOutput: [.en: "--json describes the file written; give --output FILE", .zh: "--json 描述写出的文件；请给出 --output 文件"]
        case .icsCalendarName: [.en: "Recourse promises", .zh: "Recourse 承诺"]
        case .icsSummary: [.en: "{1}: {2} (promise #{3})", .zh: "{1}：{2}（承诺 #{3}）"]
        case .icsCase: [.en: "Case #{1}: {2}", .zh: "案件 #{1}：{2}"]
        case .icsPromised: [.en: "Promised: {1}", .zh: "承诺：{1}"]
        case .icsWords: [.en: "Their words: {1}", .zh: "原话：{1}"]
        case .icsSaidOn: [.en: "Said on {1}", .zh: "承诺于 {1}"]
        case .icsAgent: [.en: "Agent: {1}", .zh: "客服：{1}"]
        case .icsReference: [.en: "Reference: {1}", .zh: "参考编号：{1}"]
        case .icsMoved: [.en: "Deadline already moved {1}×", .zh: "期限已改过 {1} 次"]
        // MARK: #24 serve: the web skin's words
        case .helpServeAbstract: [.en: "Serve the journal as a local web page, to log and check from a phone.", .zh: "把日志作为本地网页提供，用手机记录和查看。"]
        case .helpServeDiscussion: [.en: "Listens on 127.0.0.1 unless --lan. The first line printed is the pairing address: open it on the device; its code works once, for 10 minutes. Without TLS, others on the same network can read the traffic (see docs/serve.md). Example: recourse serve --port 8080", .zh: "除非给出 --lan，只在 127.0.0.1 上监听。打印的第一行是配对地址：在设备上打开它；其中的配对码只能用一次，10 分钟内有效。未加密时，同一网络中的其他人可以读到通信内容（见 docs/serve.md）。例如：recourse serve --port 8080"]
        case .helpServePort: [.en: "The port to listen on (default: 8080; 0 picks a free one).", .zh: "监听的端口（默认 8080；0 表示任选一个空闲端口）。"]
        case .helpServeLan: [.en: "Also listen on the local network, so a phone on the same Wi-Fi can reach it.", .zh: "同时在局域网上监听，让同一无线网络下的手机可以访问。"]
        case .servePairHint: [.en: "Open this address on your phone to pair it; the code works once, for {1} minutes. Ctrl-C stops the server.", .zh: "在手机上打开这个地址完成配对；配对码只能用一次，{1} 分钟内有效。按 Ctrl-C 停止服务。"]
        case .serveLanAddress: [.en: "On your network: {1}", .zh: "局域网地址：{1}"]
        case .serveCannotListen: [.en: "Cannot listen on {1}: {2}", .zh: "无法在 {1} 上监听：{2}"]
        case .serveMissingWeb: [.en: "Cannot serve: {1} is missing; install it beside recourse (Scripts/install does).", .zh: "无法提供网页服务：缺少 {1}；请把它安装在 recourse 旁边（Scripts/install 会安装）。"]
        case .webTitle: [.en: "Recourse", .zh: "Recourse 维权记录"]
        case .webNavAgenda: [.en: "Agenda", .zh: "今日待办"]
        case .webNavLog: [.en: "Log a contact", .zh: "记录联系"]
        case .webNavCases: [.en: "Cases", .zh: "案件"]
        case .webNavCheck: [.en: "Check a number", .zh: "核实号码"]
        case .webNavCalendar: [.en: "Calendar", .zh: "日历"]
        case .webPairTitle: [.en: "Pair this device", .zh: "配对此设备"]
        case .webPairText: [.en: "Type the code printed where 'recourse serve' runs, or open the address it printed.", .zh: "输入运行 'recourse serve' 的终端里打印的配对码，或直接打开它打印的地址。"]
        case .webPairCode: [.en: "Pairing code", .zh: "配对码"]
        case .webPairButton: [.en: "Pair", .zh: "配对"]
        case .webPairRefused: [.en: "This pairing code is wrong, already used or expired: make a new one under 'Pair a device' on a paired device, or restart 'recourse serve'.", .zh: "配对码错误、已用过或已过期：请在已配对的设备上通过“配对设备”生成新的配对码，或重新运行 'recourse serve'。"]
        case .webPairSlowDown: [.en: "Too many wrong pairing codes: try again in {1} seconds.", .zh: "错误的配对码太多：请 {1} 秒后再试。"]
        case .webPaired: [.en: "This device is paired.", .zh: "此设备已配对。"]
        case .webBadHost: [.en: "Refused: this server answers only to {1}.", .zh: "已拒绝：本服务只响应 {1}。"]
        case .webBadOrigin: [.en: "Refused: this form was not sent from this server's own page.", .zh: "已拒绝：此表单不是从本服务自己的页面提交的。"]
        case .webBadCSRF: [.en: "Refused: the form is stale or forged; reload the page and try again.", .zh: "已拒绝：表单已过期或被伪造；请刷新页面后重试。"]
        case .webNotFound: [.en: "Not found.", .zh: "未找到。"]
        case .webTooLarge: [.en: "Refused: the upload is larger than {1} MB.", .zh: "已拒绝：上传内容超过 {1} 兆字节。"]
        case .webLogTitle: [.en: "Log a contact", .zh: "记录一次联系"]
        case .webFieldOrganization: [.en: "Organization", .zh: "机构"]
        case .webFieldVia: [.en: "Channel", .zh: "渠道"]
        case .webFieldDirection: [.en: "Who contacted whom", .zh: "谁联系谁"]
        case .webFieldNumber: [.en: "Number or address used", .zh: "使用的号码或地址"]
        case .webFieldAgent: [.en: "Agent name or id", .zh: "客服姓名或工号"]
        case .webFieldRef: [.en: "Reference number", .zh: "参考编号/工单号"]
        case .webFieldSummary: [.en: "What was said", .zh: "沟通内容"]
        case .webFieldAdvice: [.en: "Advice given", .zh: "对方给的建议"]
        case .webFieldPromise: [.en: "What they promised", .zh: "对方的承诺"]
        case .webFieldDue: [.en: "By when (their words: \"3 workdays\", \"三个工作日内\")", .zh: "期限（对方原话：“三个工作日内”、“明天下午5点”）"]
        case .webFieldAt: [.en: "When it happened (empty: now)", .zh: "发生时间（留空表示现在）"]
        case .webFieldCase: [.en: "Case number (empty: the organization's open case)", .zh: "案件编号（留空表示该机构未结的案件）"]
        case .webFieldAttach: [.en: "Screenshots or files", .zh: "截图或文件"]
        case .webDirectionOutbound: [.en: "I contacted them", .zh: "我联系对方"]
        case .webDirectionInbound: [.en: "They contacted me", .zh: "对方联系我"]
        case .webChooseChannel: [.en: "(choose)", .zh: "（请选择）"]
        case .webSave: [.en: "Save", .zh: "保存"]
        case .webNothingSaved: [.en: "Nothing was saved.", .zh: "没有保存任何内容。"]
        case .webWarnings: [.en: "Warnings", .zh: "警告"]
        case .webCasesTitle: [.en: "Cases", .zh: "案件"]
        case .webCaseTitle: [.en: "Case #{1}", .zh: "案件 #{1}"]
        case .webOpenCase: [.en: "Open case number", .zh: "打开案件编号"]
        case .webDraftComplaint: [.en: "Complaint letter", .zh: "投诉信"]
        case .webDraftRegulator: [.en: "Regulator submission", .zh: "监管投诉材料"]
        case .webDraftEvidence: [.en: "Evidence list", .zh: "证据清单"]
        case .webDownload: [.en: "Download:", .zh: "下载："]
        // #24 pages
        case .webChooseBody: [.en: "Write to which body? Those that take this case:", .zh: "提交给哪个机构？受理此案的机构："]
        case .webNoBody: [.en: "No body is known to take this case; 'recourse bodies' lists the bodies.", .zh: "没有已知机构受理此案；'recourse bodies' 列出所有机构。"]
        case .webPrep: [.en: "Prep sheet", .zh: "通话准备单"]
        case .webCheckTitle: [.en: "Check a number, address or text", .zh: "核实号码、地址或文字"]
        case .webCheckField: [.en: "Number, web address or message text", .zh: "号码、网址或消息文字"]
        case .webCheckButton: [.en: "Check", .zh: "核实"]
        case .webCalendarTitle: [.en: "Calendar subscription", .zh: "日历订阅"]
        case .webCalendarText: [.en: "Subscribe once in your phone's calendar and it stays current: pending promises and escalation clocks, with alarms. Each device gets its own link; revoke it when the device is lost.", .zh: "在手机日历里订阅一次即可保持更新：待兑现的承诺和投诉时限，带提醒。每台设备各有一个链接；设备丢失时撤销它。"]
        case .webCalendarDevice: [.en: "Device name", .zh: "设备名称"]
        case .webCalendarNew: [.en: "New link for a device", .zh: "为设备生成新链接"]
        case .webCalendarRevoke: [.en: "Revoke", .zh: "撤销"]
        case .webCalendarNone: [.en: "No links yet.", .zh: "还没有链接。"]
        case .webCalendarLink: [.en: "Subscription link for {1} (shown once: copy it now):", .zh: "{1} 的订阅链接（只显示一次，请立即复制）："]
        case .webFeedRefused: [.en: "Unknown or revoked calendar token.", .zh: "日历令牌未知或已撤销。"]
        case .helpWhenAbstract: [.en: "Show when a due phrase falls, read exactly as 'log --due' reads it; nothing is saved.", .zh: "显示一个期限说法对应的到期时间，读法与 'log --due' 完全相同；不保存任何内容。"]
        case .helpWhenDiscussion: [.en: "Example: recourse when 三个工作日内 --organization 招商银行 --at \"2026-11-02 10:00\"", .zh: "例如：recourse when 三个工作日内 --organization 招商银行 --at \"2026-11-02 10:00\""]
        case .helpWhenPhrase: [.en: "The due words as said: \"3 workdays\", \"三个工作日内\", \"tomorrow 5pm\".", .zh: "对方的期限原话：“三个工作日内”、“明天下午5点”。"]
        case .helpWhenOrganization: [.en: "The organization: business days count in its region, as for 'log'.", .zh: "机构：按其所在地区的工作日计算，与 'log' 相同。"]
        case .whenResolved: [.en: "Falls due {1}", .zh: "到期时间：{1}"]
        case .webPreview: [.en: "Preview the due date", .zh: "预览到期时间"]
        case .webPreviewOnly: [.en: "Preview only: nothing was saved.", .zh: "仅为预览：没有保存任何内容。"]
        case .webNavPair: [.en: "Pair a device", .zh: "配对设备"]
        case .webPairNewTitle: [.en: "Pair another device", .zh: "配对另一台设备"]
        case .webPairNewText: [.en: "Make a one-time code for another phone or computer, then open the address on it (or type the code on its pairing page). The code works once, for {1} minutes.", .zh: "为另一台手机或电脑生成一次性配对码，然后在那台设备上打开这个地址（或在它的配对页面输入配对码）。配对码只能用一次，{1} 分钟内有效。"]
        case .webPairNewButton: [.en: "Make a pairing code", .zh: "生成配对码"]
        case .webPairNewCode: [.en: "Pairing code {1}, for {2} minutes:", .zh: "配对码 {1}，{2} 分钟内有效："]
        case .serveQRHint: [.en: "Or scan this code with the phone's camera:", .zh: "或用手机相机扫描这个二维码："]
        // MARK: #24 TLS and devices
        case .helpServeTLSCert: [.en: "Serve HTTPS with your own certificate: a PEM file (the chain, the server's certificate first); needs --tls-key.", .zh: "用你自己的证书提供 HTTPS：PEM 文件（证书链，服务器证书在前）；需同时给出 --tls-key。"]
        case .helpServeTLSKey: [.en: "The certificate's private key, a PEM file (not encrypted); needs --tls-cert.", .zh: "证书的私钥，PEM 文件（不能加密）；需同时给出 --tls-cert。"]
        case .serveTLSPair: [.en: "--tls-cert and --tls-key go together: give both files to serve HTTPS, or neither.", .zh: "--tls-cert 和 --tls-key 须同时给出：提供 HTTPS 时两个文件都要给，否则都不给。"]
        case .serveTLSMissing: [.en: "Cannot serve HTTPS: {1} does not exist.", .zh: "无法提供 HTTPS：{1} 不存在。"]
        case .serveTLSUnreadable: [.en: "Cannot serve HTTPS: {1} cannot be read (a folder, or not readable by you); check the path and its permissions.", .zh: "无法提供 HTTPS：无法读取 {1}（是文件夹，或你没有读取权限）；请检查路径和权限。"]
        case .serveTLSNotCertificate: [.en: "Cannot serve HTTPS: {1} holds no PEM certificate (a block starting '-----BEGIN CERTIFICATE-----').", .zh: "无法提供 HTTPS：{1} 中没有 PEM 证书（以 '-----BEGIN CERTIFICATE-----' 开头的一段）。"]
        case .serveTLSNotKey: [.en: "Cannot serve HTTPS: {1} holds no usable PEM private key (an encrypted key must be decrypted first). Example: openssl pkey -in KEY -out PLAIN", .zh: "无法提供 HTTPS：{1} 中没有可用的 PEM 私钥（加密的私钥须先解密）。例如：openssl pkey -in KEY -out PLAIN"]
        case .serveTLSMismatch: [.en: "Cannot serve HTTPS: the key {1} does not belong to the certificate {2}; give the key the certificate was made for.", .zh: "无法提供 HTTPS：私钥 {1} 与证书 {2} 不匹配；请给出该证书对应的私钥。"]
        case .webPairNotKept: [.en: "Cannot keep paired devices in {1} (not writable): nothing was changed; fix that folder's permissions and try again.", .zh: "无法在 {1} 中保存已配对的设备（不可写）：未做任何更改；请修正该文件夹的权限后重试。"]
        case .webDevicesTitle: [.en: "Paired devices", .zh: "已配对的设备"]
        case .webDevicesText: [.en: "These browsers stay paired, even after 'recourse serve' restarts, until forgotten here. Forget a lost or sold phone: its session ends at once, for good.", .zh: "这些浏览器会一直保持配对（即使 'recourse serve' 重新启动），直到在这里忘记它们。手机丢失或转让时请忘记它：它的会话立即永久失效。"]
        case .webDevicesThis: [.en: "this device", .zh: "本设备"]
        case .webDevicesPaired: [.en: "{2} — paired {1}", .zh: "{2} — 配对于 {1}"]
        case .webDevicesForget: [.en: "Forget this device", .zh: "忘记此设备"]
        case .verifyIntact: [.en: "Intact: {1} history events and {2} records check out.", .zh: "完好：{1} 条历史记录和 {2} 条记录均核对无误。"]
        case .verifyTampered: [.en: "TAMPERED: {1} problem(s) found in {2} events and {3} records.", .zh: "已被篡改：在 {2} 条历史记录和 {3} 条记录中发现 {1} 处问题。"]
        case .chainHead: [.en: "Chain head: {1}", .zh: "链头：{1}"]
        case .verifyBadHead: [.en: "--head '{1}' is not a chain head: give the 64 hexadecimal digits a draft printed", .zh: "--head “{1}”不是链头：请给出草稿里印的 64 位十六进制数字"]
        case .verifyHeadNotFound: [.en: "Quoted head {1} is NOT in this journal's history: events after it were removed or rewritten, or it comes from another journal.", .zh: "引用的链头 {1} 不在本日志的历史中：其后的历史记录被删除或改写，或它来自另一份日志。"]
        case .verifyHeadFound: [.en: "Quoted head {1} is still in this journal's history (event #{2}); {3} event(s) were recorded after it.", .zh: "引用的链头 {1} 仍在本日志的历史中（历史记录 #{2}），其后又记录了 {3} 条历史记录。"]
        case .syncFolderHoldsJournal: [.en: "Refusing to sync into {1}: it is, holds or lies inside the journal's folder ({2}). Choose a folder apart from the journal: a live SQLite journal must never be synced as a file.", .zh: "拒绝同步到 {1}：它就是日志所在的文件夹、包含日志，或位于其中（{2}）。请选择与日志分开的文件夹：正在使用的 SQLite 日志绝不能作为文件被同步。"]
        case .syncFolderMissing: [.en: "No folder {1}. Check the path, or create the shared folder first: sync never creates it, so a typo cannot start a new, empty one.", .zh: "没有文件夹 {1}。请检查路径，或先创建共享文件夹：同步从不自行创建它，以免一个笔误另起一个空的同步文件夹。"]
        case .syncDeviceHistoryMismatch: [.en: "This device's newest change file {2} does not follow this journal's history: the journal was copied from another device or restored from an older backup, and both write as device {1}. Run 'recourse sync --new-device' with the same folder to give this copy its own identity.", .zh: "本设备最新的变更文件 {2} 与本日志的历史不符：本日志是从另一台设备复制来的，或从较旧的备份恢复，两者都以设备 {1} 的身份写入。请对同一文件夹运行 'recourse sync --new-device'，让这份副本拥有自己的身份。"]
        case .syncOwnFileDamaged: [.en: "This device's own change file {1} is unusable ({2}): it was changed outside Recourse. Move it out of the folder and sync again.", .zh: "本设备自己的变更文件 {1} 无法使用（{2}）：它在 Recourse 之外被改动过。请把它移出该文件夹后再同步。"]
        case .syncEvidenceUnpublishable: [.en: "This journal's evidence file {1} is missing or changed, so its records cannot be published (other devices could not apply them). Run 'recourse verify --deep'; nothing was published.", .zh: "本日志的证据文件 {1} 丢失或被改动，相关记录无法发布（其他设备无法应用）。请运行 'recourse verify --deep'；本次未发布任何内容。"]
        case .syncDefectTruncated: [.en: "incomplete (still arriving, or cut short)", .zh: "不完整（仍在传输，或被截断）"]
        case .syncDefectAltered: [.en: "its checksum does not match: it was changed after it was written", .zh: "校验和不符：写入后被改动过"]
        case .syncDefectNotChangeFile: [.en: "not a Recourse change file", .zh: "不是 Recourse 的变更文件"]
        case .syncDefectNewer: [.en: "made by a newer Recourse (format {1}); this one reads up to format {2}", .zh: "由较新版本的 Recourse 生成（格式 {1}）；本版本最多读取格式 {2}"]
        case .syncDefectMisplaced: [.en: "its header names another device or number than its place in the folder", .zh: "文件头中的设备或编号与它在文件夹中的位置不符"]
        case .syncDefectBrokenChain: [.en: "it does not follow the device's previous file", .zh: "它与该设备的上一个文件接不上"]
        case .syncDefectWaiting: [.en: "waiting for this device's file {1}", .zh: "正在等待该设备的第 {1} 号文件"]
        case .syncDefectEvidenceNotArrived: [.en: "the evidence file {1} it needs has not arrived in the folder yet", .zh: "它需要的证据文件 {1} 尚未同步到该文件夹"]
        case .syncDefectSealed: [.en: "encrypted: give the folder's passphrase with --passphrase-file or RECOURSE_SYNC_PASSPHRASE", .zh: "已加密：请用 --passphrase-file 或 RECOURSE_SYNC_PASSPHRASE 提供该文件夹的口令"]
        case .syncDefectUnsealable: [.en: "cannot be decrypted: a wrong passphrase, or the file was cut or changed", .zh: "无法解密：口令不对，或文件被截断、改动"]
        case .syncPassphraseEmpty: [.en: "The passphrase in {1} is empty: its first line is the passphrase.", .zh: "{1} 中的口令为空：文件的第一行即口令。"]
        case .syncPassphraseUnreadable: [.en: "Cannot read the passphrase file {1}.", .zh: "无法读取口令文件 {1}。"]
        case .syncThisDevice: [.en: "This device: {1} ({2})", .zh: "本设备：{1}（{2}）"]
        case .syncPublished: [.en: "Published change file {1}: {2} line(s), {3} evidence file(s).", .zh: "已发布第 {1} 号变更文件：{2} 行，{3} 个证据文件。"]
        case .syncNothingToPublish: [.en: "Nothing new to publish from this device.", .zh: "本设备没有新的变更需要发布。"]
        case .syncApplied: [.en: "Applied file {2} from {1}: {3} record(s), {4} conflict(s).", .zh: "已应用来自 {1} 的第 {2} 号文件：{3} 条记录，{4} 处冲突。"]
        case .syncNothingToApply: [.en: "Nothing new from other devices.", .zh: "其他设备没有新的变更。"]
        case .syncRefused: [.en: "Left {2} from {1} for the next sync: {3}.", .zh: "暂不应用来自 {1} 的 {2}，下次同步时再试：{3}。"]
        case .syncConflicts: [.en: "Conflicts kept both ways, to review: {1}.", .zh: "两个版本都已保留、待处理的冲突：{1} 处。"]
        case .syncStatusPublished: [.en: "Published: {1} file(s), the newest {2}; {3} event(s) not yet published.", .zh: "已发布：{1} 个文件，最新一个在 {2}；尚有 {3} 条历史记录未发布。"]
        case .syncStatusNonePublished: [.en: "Published: nothing yet; {1} event(s) to publish.", .zh: "已发布：尚无；有 {1} 条历史记录待发布。"]
        case .syncStatusNever: [.en: "never", .zh: "从未"]
        case .syncStatusPeer: [.en: "{1} ({2}): {3} file(s), {4} applied, {5} waiting to be applied; last applied {6}.", .zh: "{1}（{2}）：{3} 个文件，已应用 {4} 个，待应用 {5} 个；上次应用于 {6}。"]
        case .syncStatusBlocked: [.en: "  held back at {1}: {2}", .zh: "  停在 {1}：{2}"]
        case .syncStatusNoPeers: [.en: "No other device has written to this folder yet.", .zh: "尚无其他设备写入此文件夹。"]
        case .syncStatusWithNewDevice: [.en: "--status only shows what is waiting; give --name and --new-device to a sync that writes.", .zh: "--status 只显示待处理的内容；--name 和 --new-device 只能用于会写入的同步。"]
        case .doctorCannotOpen: [.en: "✗ The journal cannot be opened: {1}", .zh: "✗ 无法打开日志：{1}"]
        case .doctorIntegrity: [.en: "SQLite integrity check", .zh: "SQLite 完整性检查"]
        case .doctorReferences: [.en: "references between records", .zh: "记录之间的引用"]
        case .doctorChain: [.en: "history chain and records ({1} events, {2} records)", .zh: "历史链和记录（{1} 条历史，{2} 条记录）"]
        case .doctorEvidence: [.en: "evidence files", .zh: "证据文件"]
        case .doctorEvidenceDeep: [.en: "evidence files (re-hashed)", .zh: "证据文件（已重新计算哈希）"]
        case .doctorNoStray: [.en: "no stray files under attachments/", .zh: "attachments/ 下没有多余文件"]
        case .doctorStray: [.en: "attachments/{1} is referenced by no record (an interrupted log, or evidence of contacts logged after a restored backup); 'recourse doctor --clean' moves it to quarantine/ after an hour", .zh: "attachments/{1} 没有任何记录引用（被中断的记录，或恢复备份后新记录的联系的证据）；一小时后 'recourse doctor --clean' 会将其移入 quarantine/"]
        case .doctorFolder: [.en: "journal folder private, attachments/ a real folder", .zh: "日志文件夹为私有，attachments/ 是真正的文件夹"]
        case .doctorMoved: [.en: "Moved attachments/{1} to {2}", .zh: "已将 attachments/{1} 移至 {2}"]
        case .doctorSkippedBackup: [.en: "  (not {1}: {2})", .zh: "  （未采用 {1}：{2}）"]
        case .doctorHealthy: [.en: "Healthy. Chain head: {1}", .zh: "健康。链头：{1}"]
        case .doctorNoBackup: [.en: "No usable backup found in {1}. Keep the damaged file as evidence, and from now on run 'recourse backup' regularly.", .zh: "在 {1} 中没有找到可用的备份。请保留损坏的文件作为证据，今后定期运行 'recourse backup'。"]
        case .doctorRecover: [.en: "To recover: restore the newest backup that checks out; the current journal is kept aside, not deleted:\n  recourse restore {2} --db {1}\nThen run 'recourse doctor' again. Contacts logged since that backup must be logged again.", .zh: "恢复方法：恢复最新的、通过自检的备份；当前日志会被保留在一旁，不会删除：\n  recourse restore {2} --db {1}\n之后再运行 'recourse doctor'。该备份之后记录的联系需要重新记录。"]
        case .restored: [.en: "Restored {1} ({2} history events, chain head {3}).", .zh: "已从 {1} 恢复（{2} 条历史记录，链头 {3}）。"]
        case .restoredKeptAside: [.en: "The journal it replaced is kept as {1}.", .zh: "被替换的日志保留为 {1}。"]
        case .restoredNext: [.en: "Run 'recourse doctor': evidence of contacts logged after this backup is reported there, and 'doctor --clean' moves it to quarantine/.", .zh: "请运行 'recourse doctor'：该备份之后记录的联系的证据会在那里列出，'doctor --clean' 会把它们移入 quarantine/。"]
        case .demoJournal: [.en: "Demo journal: {1}", .zh: "演示日志：{1}"]
        case .demoExplore: [.en: "Explore it: recourse cases --db {1}", .zh: "继续查看：recourse cases --db {1}"]
        case .demoExists: [.en: "'{1}' already exists; the demo only writes a new journal", .zh: "“{1}”已存在；演示只写入新的日志"]
        case .seeded: [.en: "Seeded {1} contacts into {2}", .zh: "已向 {2} 写入 {1} 条联系"]
        case .seedNotEmpty: [.en: "'{1}' already has cases; seed-benchmark only fills a new journal", .zh: "“{1}”已有案件；seed-benchmark 只填充新日志"]
        case .seedTooFew: [.en: "--contacts must be at least 500 (case #1 alone has 500)", .zh: "--contacts 至少为 500（仅案件 #1 就有 500 条）"]
        case .daysRange: [.en: "--days must be between 0 and 366, not {1}", .zh: "--days 须在 0 到 366 之间，而不是 {1}"]
        case .quietDaysRange: [.en: "--quiet-days must be between 1 and 366, not {1}", .zh: "--quiet-days 须在 1 到 366 之间，而不是 {1}"]
        // MARK: errors shown by the command line itself
        case .asOfOnWrite: [.en: "--as-of is for reading; a command that records something uses the real time (give --at WHEN for when it happened)", .zh: "--as-of 只用于查看；记录类命令按真实时间记录（事情发生的时间请用 --at 指定）"]
        case .optionInFuture: [.en: "{1} '{2}' ({3}) is in the future; it is when it happened, at the latest now", .zh: "{1} '{2}'（{3}）在将来；它是事情发生的时间，最晚为现在"]
        case .atInFuture: [.en: "--at '{1}' ({2}) is in the future; --at is when it happened, at the latest now", .zh: "--at '{1}'（{2}）在将来；--at 是事情发生的时间，最晚为现在"]
        case .yearBefore: [.en: "before {1}", .zh: "早于 {1} 年"]
        case .yearAfter: [.en: "after {1}", .zh: "晚于 {1} 年"]
        case .yearOutOfRange: [.en: "{1} '{2}' is {3}; times must fall in the years {4}–{5}", .zh: "{1} '{2}' {3}；时间须在 {4}–{5} 年之间"]
        case .invalidUTF8Argument: [.en: "argument {1}{2} is not valid UTF-8: '{3}'; retype it or fix the terminal's encoding", .zh: "第 {1} 个参数{2}不是有效的 UTF-8：'{3}'；请重新输入或检查终端编码"]
        case .argumentOption: [.en: " ({1})", .zh: "（{1}）"]
        case .invalidUTF8Environment: [.en: "${1} is not valid UTF-8: '{2}'; set it to a UTF-8 path", .zh: "${1} 不是有效的 UTF-8：'{2}'；请设为 UTF-8 路径"]
        case .outputExists: [.en: "'{1}' already exists; give another file name, or --force to replace it", .zh: "'{1}' 已存在；请换一个文件名，或用 --force 覆盖"]
        case .outputIsDirectory: [.en: "'{1}' is a directory; give a file name", .zh: "'{1}' 是文件夹；请给出文件名"]
        case .outputInJournalFolder: [.en: "'{1}' is inside the journal's folder {2}; write drafts and exports somewhere else", .zh: "'{1}' 位于日志文件夹 {2} 内；请把草稿和导出写到别处"]
        case .outputFolderMissing: [.en: "cannot write '{1}': its folder does not exist", .zh: "无法写入 '{1}'：所在文件夹不存在"]
        case .outputFailed: [.en: "cannot write '{1}': {2}", .zh: "无法写入 '{1}'：{2}"]
        case .errorPrefix: [.en: "recourse: {1}", .zh: "recourse：{1}"]
        case .warningPrefix: [.en: "recourse: warning: {1}", .zh: "recourse：警告：{1}"]
        case .failed: [.en: "failed", .zh: "失败"]
        case .parseMissingArgument: [.en: "missing {1}", .zh: "缺少 {1}"]
        case .parseUnknownOption: [.en: "unknown option {1}", .zh: "未知选项 {1}"]
        case .parseInvalidValue: [.en: "the value {1} is not valid for {2}", .zh: "{2} 的值 {1} 无效"]
        case .parseMissingValue: [.en: "missing value for {1}", .zh: "{1} 缺少值"]
        case .parseUnexpected: [.en: "unexpected argument {1}", .zh: "多余的参数 {1}"]
        case .parseDidYouMean: [.en: "{1}; did you mean {2}?", .zh: "{1}；是否想用 {2}？"]
        case .parseOther: [.en: "{1}", .zh: "命令行有误：{1}"]
        // MARK: Journal errors
        case .errEmptyField: [.en: "{1} is empty; give it some text", .zh: "{1}为空；请填写内容"]
        case .errTextTooLong: [.en: "{1} is {2} bytes, over the limit of {3}; attach long text as a file with --attach", .zh: "{1}有 {2} 字节，超过上限 {3}；长文本请用 --attach 作为文件附上"]
        case .errControlCharacter: [.en: "{1} contains control character U+{2}; remove it and try again", .zh: "{1}含有控制字符 U+{2}；请删除后重试"]
        case .errLineBreakInName: [.en: "{1} contains a line break; it must be a single line", .zh: "{1}含有换行；必须是一行"]
        case .errInvalidOfficialChannel: [.en: "official channel '{1}' is not KIND:ADDRESS with KIND one of {2} (e.g. phone:95566)", .zh: "官方渠道“{1}”不是 类型:地址 的形式，类型须为 {2} 之一（例如 phone:95566）"]
        case .errContactInFuture: [.en: "contact time {1} is in the future; --at is when the contact happened", .zh: "联系时间 {1} 在未来；--at 是联系发生的时间"]
        case .errCaseNotFound: [.en: "no case #{1}; 'recourse cases --all' lists them", .zh: "没有案件 #{1}；'recourse cases --all' 可列出全部案件"]
        case .errContactNotFound: [.en: "no contact #{1}; 'recourse show CASE' lists a case's contacts", .zh: "没有联系 #{1}；'recourse show 案件号' 可列出案件的联系"]
        case .errPromiseNotFound: [.en: "no promise #{1}; 'recourse show CASE' lists a case's promises", .zh: "没有承诺 #{1}；'recourse show 案件号' 可列出案件的承诺"]
        case .errOrganizationNotFound: [.en: "no organization named '{1}'; 'recourse org list' lists them", .zh: "没有名为“{1}”的机构；'recourse org list' 可列出全部机构"]
        case .errOrganizationIDNotFound: [.en: "no organization #{1}; 'recourse org list' lists them", .zh: "没有机构 #{1}；'recourse org list' 可列出全部机构"]
        case .errNothingToEdit: [.en: "nothing to change; give at least one of --name, --kind, --jurisdiction, --address", .zh: "没有要修改的内容；请至少给出 --name、--kind、--jurisdiction、--address 之一"]
        case .errAmbiguousOrganization: [.en: "'{1}' names several organizations ({2}); use one name per organization", .zh: "“{1}”对应多个机构（{2}）；每个机构请使用不同的名称"]
        case .errAmbiguousCase: [.en: "{1} has several open cases ({2}); choose one with --case N or open another with --new-case TITLE", .zh: "{1}有多个进行中的案件（{2}）；请用 --case 案件号 选择，或用 --new-case 标题 新建"]
        case .errCaseClosed: [.en: "case #{1} is closed; reopen it with 'recourse case reopen {1}' or use --new-case TITLE", .zh: "案件 #{1} 已结案；可用 'recourse case reopen {1}' 重新打开，或用 --new-case 标题 新建"]
        case .errCaseOfOtherOrganization: [.en: "case #{1} belongs to {2}, not the organization given; check the case number", .zh: "案件 #{1} 属于{2}，不是所给的机构；请检查案件号"]
        case .errPromiseNotPending: [.en: "promise #{1} is already {2}; only a pending promise can change", .zh: "承诺 #{1} 已经是“{2}”；只有待兑现的承诺可以更改"]
        case .errPromiseSupersededPending: [.en: "promise #{1} was extended; the current one is promise #{2}; give #{2} instead (promise commands also take --current)", .zh: "承诺 #{1} 已改期，当前为承诺 #{2}；请改用 #{2}（'recourse promise' 命令也可加 --current）"]
        case .errPromiseSupersededDone: [.en: "promise #{1} was extended; the current one, promise #{2}, is already {3}", .zh: "承诺 #{1} 已改期，当前的承诺 #{2} 已经是“{3}”"]
        case .errContactOnOtherCase: [.en: "contact #{1} is not on case #{2}, where promise #{3} was made; give a contact of that case", .zh: "联系 #{1} 不在承诺 #{3} 所在的案件 #{2} 中；请给出该案件的联系"]
        case .errCaseAlreadyInState: [.en: "case #{1} is already {2}", .zh: "案件 #{1} 已经是“{2}”"]
        case .errSubmissionNotFound: [.en: "no submission #{1}; 'recourse show CASE' lists a case's submissions", .zh: "没有提交 #{1}；'recourse show 案件号' 可列出案件的提交"]
        case .errSubmissionNotOpen: [.en: "submission #{1} is already {2}", .zh: "提交 #{1} 已经是“{2}”"]
        case .errNothingToCorrect: [.en: "nothing to correct; give at least one field to change (e.g. --agent, --ref, --summary)", .zh: "没有要更正的内容；请至少给出一个要改的项目（例如 --agent、--ref、--summary）"]
        case .errAttachmentMissing: [.en: "attachment '{1}' does not exist; check the path", .zh: "附件“{1}”不存在；请检查路径"]
        case .errAttachmentNotAFile: [.en: "attachment '{1}' is not a regular file; attach files, not folders or devices", .zh: "附件“{1}”不是普通文件；只能附加文件，不能是文件夹或设备"]
        case .errAttachmentUnreadable: [.en: "attachment '{1}' cannot be read; check its permissions", .zh: "无法读取附件“{1}”；请检查权限"]
        case .errAttachmentTooLarge: [.en: "attachment '{1}' is {2} bytes, over the limit of {3}", .zh: "附件“{1}”有 {2} 字节，超过上限 {3}"]
        case .errAttachmentChanged: [.en: "attachment '{1}' changed while it was being copied (its size or modification time moved); nothing was saved, wait until it is complete and try again", .zh: "附件“{1}”在复制过程中被改动（大小或修改时间变了）；没有保存任何内容，请等它写完后再试"]
        case .errAttachmentsFolderIsLink: [.en: "'{1}' is a symbolic link; evidence must live in the journal's own folder: remove the link, then move the files into a real folder (mkdir -m 700 '{1}')", .zh: "“{1}”是符号链接；证据必须放在日志自己的文件夹里：删除该链接，再把文件移入真正的文件夹（mkdir -m 700 '{1}'）"]
        case .errFolderNotPrivate: [.en: "journal folder '{1}' can be written by other users, who could replace evidence; make it private: chmod 700 '{1}'", .zh: "日志文件夹“{1}”其他用户可写，他们可以替换证据；请改为私有：chmod 700 '{1}'"]
        case .errFolderOfOtherUser: [.en: "journal folder '{1}' belongs to another user (uid {2}); use a folder you own (--db), or chown it to yourself and chmod 700 '{1}'", .zh: "日志文件夹“{1}”属于另一个用户（uid {2}）；请用自己的文件夹（--db），或 chown 给自己后 chmod 700 '{1}'"]
        case .errBackupUnusable: [.en: "backup '{1}' cannot be used: {2}; choose another backup ('recourse doctor' names one that checks out)", .zh: "备份“{1}”无法使用：{2}；请选择另一个备份（'recourse doctor' 会指出一个通过自检的）"]
        case .errJournalIsDirectory: [.en: "journal path '{1}' is a directory; give a file path such as {1}/journal.sqlite", .zh: "日志路径“{1}”是文件夹；请给出文件路径，例如 {1}/journal.sqlite"]
        case .errJournalNotSQLite: [.en: "'{1}' is not a SQLite database; check --db or RECOURSE_DB", .zh: "“{1}”不是 SQLite 数据库；请检查 --db 或 RECOURSE_DB"]
        case .errJournalNotRecourse: [.en: "'{1}' is a SQLite database but not a Recourse journal; check --db or RECOURSE_DB", .zh: "“{1}”是 SQLite 数据库，但不是 Recourse 日志；请检查 --db 或 RECOURSE_DB"]
        case .errJournalFromNewerVersion: [.en: "journal '{1}' has schema {2}, newer than this recourse knows ({3}); upgrade recourse", .zh: "日志“{1}”的结构版本为 {2}，比本程序所知的（{3}）更新；请升级 recourse"]
        case .errJournalReadOnly: [.en: "journal '{1}' is read-only; check the permissions of the file and its folder", .zh: "日志“{1}”是只读的；请检查文件及其文件夹的权限"]
        case .errJournalBusy: [.en: "journal '{1}' stayed busy (another program holds a lock); try again", .zh: "日志“{1}”一直被占用（另一个程序持有锁）；请重试"]
        case .errDiskFull: [.en: "the disk holding '{1}' is full; nothing was saved, free some space and try again", .zh: "“{1}”所在的磁盘已满；没有保存任何内容，请腾出空间后重试"]
        case .errJournalIO: [.en: "cannot use journal '{1}': {2}", .zh: "无法使用日志“{1}”：{2}"]
        case .fieldOrganization: [.en: "organization name", .zh: "机构名称"]
        case .fieldAlias: [.en: "alias", .zh: "别名"]
        case .fieldCaseTitle: [.en: "case title", .zh: "案件标题"]
        case .fieldSummary: [.en: "summary", .zh: "摘要"]
        case .fieldAdvice: [.en: "advice", .zh: "建议"]
        case .fieldOutcome: [.en: "outcome", .zh: "结果"]
        case .fieldAgent: [.en: "agent", .zh: "客服"]
        case .fieldReference: [.en: "reference number", .zh: "参考编号"]
        case .fieldAddress: [.en: "number or address", .zh: "号码或地址"]
        case .fieldPromise: [.en: "promise", .zh: "承诺"]
        case .fieldDueWords: [.en: "due time", .zh: "期限"]
        case .fieldNote: [.en: "note", .zh: "备注"]
        case .fieldReason: [.en: "reason", .zh: "原因"]
        case .ioFileExists: [.en: "a file is already there; choose a new name", .zh: "该位置已有文件；请换一个名字"]
        case .ioFileNotFolder: [.en: "'{1}' is a file, not a folder", .zh: "“{1}”是文件，不是文件夹"]
        case .ioEvidenceUncopyable: [.en: "cannot copy this evidence file (missing, unreadable or changing); run 'recourse doctor'", .zh: "无法复制该证据文件（缺失、不可读或正在变化）；请运行 'recourse doctor'"]
        case .ioEvidenceHashMismatch: [.en: "this evidence file no longer matches its recorded SHA-256; run 'recourse doctor --deep'", .zh: "该证据文件与记录的 SHA-256 不再相符；请运行 'recourse doctor --deep'"]
        case .backupNotAFile: [.en: "it is not a file", .zh: "它不是文件"]
        case .backupEmpty: [.en: "it is empty (0 bytes), probably an interrupted backup", .zh: "它是空的（0 字节），很可能是被中断的备份"]
        case .backupNotRecourse: [.en: "it is not a Recourse journal", .zh: "它不是 Recourse 日志"]
        case .backupNewerSchema: [.en: "it was written by a newer recourse (schema {1})", .zh: "它由更新版本的 recourse 写入（结构版本 {1}）"]
        case .backupIntegrity: [.en: "SQLite integrity check: {1}", .zh: "SQLite 完整性检查：{1}"]
        case .backupUnreadable: [.en: "SQLite cannot read it ({1})", .zh: "SQLite 无法读取它（{1}）"]
        case .backupIsJournal: [.en: "it is the journal itself", .zh: "它就是日志本身"]
        case .backupBadEvidencePath: [.en: "its evidence path '{1}' is not one Recourse writes", .zh: "它的证据路径“{1}”不是 Recourse 会写的样子"]
        case .anotherOrganization: [.en: "another organization", .zh: "另一个机构"]
        case .fieldJurisdiction: [.en: "jurisdiction", .zh: "管辖地"]
        case .fieldOfficialAddress: [.en: "official channel address", .zh: "官方渠道地址"]
        case .fieldAccountReference: [.en: "account reference", .zh: "账户编号"]
        case .fieldTransactionAt: [.en: "transaction at", .zh: "交易时间"]
        case .fieldCounterparty: [.en: "counterparty", .zh: "交易对方"]
        case .fieldDevice: [.en: "device", .zh: "设备与版本"]
        case .fieldWarning: [.en: "warning", .zh: "警告"]
        case .fieldDesiredOutcome: [.en: "desired outcome", .zh: "期望结果"]
        case .fieldSearchText: [.en: "search text", .zh: "搜索内容"]
        case .fieldTitle: [.en: "title", .zh: "标题"]
        case .fieldStatus: [.en: "status", .zh: "状态"]
        case .fieldFileName: [.en: "file name", .zh: "文件名"]
        case .fieldAttachmentName: [.en: "attachment name", .zh: "附件名"]
        case .fieldOccurredAt: [.en: "time", .zh: "时间"]
        case .fieldChannel: [.en: "channel", .zh: "渠道"]
        case .fieldDirection: [.en: "direction", .zh: "方向"]
        case .fieldDuration: [.en: "duration", .zh: "时长"]
        case .historyNewPromise: [.en: "→ promise #{1}", .zh: "→ 承诺 #{1}"]
        case .fieldOther: [.en: "{1}", .zh: "{1}"]
        // MARK: Verification and health
        case .verifyEventAltered: [.en: "history event #{1} was altered after it was written", .zh: "历史记录 #{1} 在写入后被改动"]
        case .verifyEventOutOfChain: [.en: "history event #{1} does not follow the event before it: an event was inserted or deleted there", .zh: "历史记录 #{1} 与前一条不相接：那里插入或删除了记录"]
        case .verifyRecordChanged: [.en: "{1} #{2} was changed outside Recourse (it no longer matches history event #{3})", .zh: "{1} #{2} 在 Recourse 之外被改动（与历史记录 #{3} 不再相符）"]
        case .verifyRecordInserted: [.en: "{1} #{2} was added outside Recourse (no history event wrote it)", .zh: "{1} #{2} 是在 Recourse 之外添加的（没有历史记录写入它）"]
        case .verifyRecordDeleted: [.en: "{1} #{2} was deleted outside Recourse (history event #{3} wrote it)", .zh: "{1} #{2} 在 Recourse 之外被删除（由历史记录 #{3} 写入）"]
        case .verifyTriggerMissing: [.en: "the trigger {1} that keeps the history append-only is missing or altered: the history could be edited silently", .zh: "保证历史只增不改的触发器 {1} 缺失或被改写：历史可能被悄悄修改"]
        case .verifyEvidenceMissing: [.en: "evidence #{1} ({2}) is missing: {3}", .zh: "证据 #{1}（{2}）缺失：{3}"]
        case .verifyEvidenceUnreadable: [.en: "evidence #{1} ({2}) cannot be read by this user, so it cannot be checked: {3}", .zh: "证据 #{1}（{2}）无法读取（没有权限），因此无法核对：{3}"]
        case .verifyEvidenceWrongSize: [.en: "evidence #{1} ({2}) has the wrong size: {3} bytes, recorded {4}", .zh: "证据 #{1}（{2}）大小不对：实际 {3} 字节，记录为 {4} 字节"]
        case .verifyEvidenceAltered: [.en: "evidence #{1} ({2}) no longer matches its SHA-256: the file was replaced or changed", .zh: "证据 #{1}（{2}）与其 SHA-256 不再相符：文件被替换或改动过"]
        case .tableCase: [.en: "case", .zh: "案件"]
        case .tableOrganization: [.en: "organization", .zh: "机构"]
        case .tableOrganizationAlias: [.en: "organization alias", .zh: "机构别名"]
        case .tableOfficialChannel: [.en: "official channel", .zh: "官方渠道"]
        case .tableContact: [.en: "contact", .zh: "联系"]
        case .tableContactFlag: [.en: "contact warning", .zh: "联系警告"]
        case .tableCaseFacts: [.en: "transaction facts", .zh: "交易信息"]
        case .tablePromise: [.en: "promise", .zh: "承诺"]
        case .tableAttachment: [.en: "attachment", .zh: "附件"]
        case .tableSubmission: [.en: "submission", .zh: "提交"]
        case .tableOther: [.en: "{1}", .zh: "{1}"]
        case .healthMissingParent: [.en: "{1} row {2} refers to a missing {3}", .zh: "{1} 第 {2} 行引用了不存在的 {3}"]
        case .quarantineNoteHeader: [.en: "Moved here by 'recourse doctor --clean' at {1} from the journal {2}:\nno record in that journal referred to these files. Nothing was deleted; move a file back to\nattachments/ (same relative path) if a restored journal needs it.", .zh: "由 'recourse doctor --clean' 于 {1} 从日志 {2} 移到这里：\n该日志中没有任何记录引用这些文件。没有删除任何内容；如果恢复后的日志需要某个文件，\n请把它移回 attachments/（相对路径不变）。"]
        case .quarantineNoteLine: [.en: "{1}\tfrom {2}\t{3} bytes\tmodified {4}\tsha256 {5}", .zh: "{1}\t来自 {2}\t{3} 字节\t修改于 {4}\tsha256 {5}"]
        // MARK: Reminders errors and warnings
        case .whenExamples: [.en: "2026-11-27, \"2026-11-27 17:00\", tomorrow 5pm, friday, \"in 3 days\", 48h, \"3 workdays\", 三个工作日内, 明天下午5点, 下周一", .zh: "三个工作日内、明天下午5点、下周一、3天后、24小时内、2026-11-27、\"2026-11-27 17:00\""]
        case .whenEmpty: [.en: "the time is empty; try e.g. {1}", .zh: "时间为空；例如 {1}"]
        case .whenUnreadable: [.en: "cannot read the time '{1}'; try e.g. {2}", .zh: "无法识别时间“{1}”；例如 {2}"]
        case .badJurisdiction: [.en: "jurisdiction '{1}' is not a code such as CN, GB, US or DE", .zh: "地区“{1}”不是 CN、GB、US 这样的代码"]
        case .extendsWithoutDue: [.en: "--extends {1} has no new due time; add --due WHEN", .zh: "--extends {1} 没有新的期限；请加上 --due 时间"]
        case .whenBeforeContact: [.en: "'{1}' means {2}, before the contact at {3}; a promise cannot fall due before it was made — give a later time or a full date", .zh: "“{1}”指的是 {2}，早于这次联系（{3}）；承诺的期限不能早于承诺本身——请给出更晚的时间或完整日期"]
        case .whenDueBeforeContact: [.en: "the due time {1} is before the contact at {2}; kept as written — check the year", .zh: "期限 {1} 早于这次联系（{2}）；已按原样记录——请核对年份"]
        case .whenInvalidDate: [.en: "'{1}' is not a real date or time; check the day, month and hour", .zh: "“{1}”不是有效的日期或时间；请检查日、月和小时"]
        case .calendarBeyondYears: [.en: "calendar {1} knows {2}; days in {3} were counted as Monday to Friday without holidays", .zh: "日历 {1} 只知道 {2} 年；{3} 年的日子按周一至周五计算，不含节假日"]
        case .calendarNoYears: [.en: "no years", .zh: "没有年份"]
        case .whenVague: [.en: "'{1}' names no time; ask for a date, or log the deadline the words give, e.g. \"3 business days\", \"by Friday 5pm\", 三个工作日内", .zh: "“{1}”没有说出具体时间；请对方给出日期，或写成对方所说的期限，例如：三个工作日内、周五17:00前、\"3 business days\""]
        case .whenNumericDateAmbiguous: [.en: "'{1}' is {2} when the day comes first and {3} when the month does; write the one meant as YYYY-MM-DD, or set the region that decides (recourse config set region GB)", .zh: "“{1}”日在前是 {2}，月在前是 {3}；请按 年-月-日 写出所指的日期，或设置决定顺序的地区（recourse config set region GB）"]
        case .whenHolidayUnknown: [.en: "calendar {1} knows no holiday '{2}' from {3} on; add that year's calendar file (recourse config calendars)", .zh: "日历 {1} 中 {3} 起没有节假日“{2}”；请添加该年份的日历文件（recourse config calendars）"]
        case .calendarsByRule: [.en: "every year (by rule)", .zh: "每年（按规则计算）"]
        case .calendarsRegion: [.en: "# your region: {1}; business days count in an organization's jurisdiction, else in this region", .zh: "# 你的地区：{1}；工作日按机构所属地区计算，否则按此地区"]
        case .calendarsFolder: [.en: "# add years or calendars in {1}/*.cal", .zh: "# 在 {1}/*.cal 中添加年份或日历"]
        case .colYears: [.en: "YEARS", .zh: "年份"]
        case .helpConfigCalendarsAbstract: [.en: "Show the business-day calendars: each region and the years it knows.", .zh: "显示工作日日历：各地区及其已知年份。"]
        case .helpConfigCalendarsDiscussion: [.en: "Example: recourse config calendars", .zh: "例如：recourse config calendars"]
        case .calendarNameChina: [.en: "Mainland China", .zh: "中国大陆"]
        case .calendarNameEngland: [.en: "England and Wales", .zh: "英格兰和威尔士"]
        case .calendarNameScotland: [.en: "Scotland", .zh: "苏格兰"]
        case .calendarNameNorthernIreland: [.en: "Northern Ireland", .zh: "北爱尔兰"]
        case .calendarNameUS: [.en: "United States (federal holidays)", .zh: "美国（联邦假日）"]
        case .calendarNameGermany: [.en: "Germany (nationwide holidays)", .zh: "德国（全国性节假日）"]
        case .calendarNameGermanState: [.en: "Germany, {1} (nationwide and state holidays)", .zh: "德国 {1}（全国及该州节假日）"]
        case .calendarNameWeekdays: [.en: "Monday to Friday, no holidays", .zh: "周一至周五，不含节假日"]
        case .calendarFileLine: [.en: "calendar file {1}:{2}: {3}", .zh: "日历文件 {1}:{2}：{3}"]
        case .calendarFile: [.en: "calendar file {1}: {2}", .zh: "日历文件 {1}：{2}"]
        case .settingsFileLine: [.en: "settings file {1}:{2}: {3}", .zh: "设置文件 {1}:{2}：{3}"]
        case .settingsFile: [.en: "settings file {1} {2}", .zh: "设置文件 {1}：{2}"]
        case .settingsNotText: [.en: "is not a small UTF-8 text file", .zh: "不是小的 UTF-8 文本文件"]
        case .settingsExpectedKeyValue: [.en: "expected 'key = value', got '{1}'", .zh: "应为“键 = 值”，实际为“{1}”"]
        case .settingsBadRegion: [.en: "region '{1}' is not a calendar id such as CN, GB-ENG or US", .zh: "地区“{1}”不是日历编号，例如 CN、GB-ENG 或 US"]
        case .settingsBadEndOfDay: [.en: "end-of-day '{1}' is not a time like 18:00", .zh: "end-of-day“{1}”不是 18:00 这样的时间"]
        case .settingsBadDays: [.en: "{1} '{2}' is not a number of days from 1 to 365", .zh: "{1}“{2}”不是 1 到 365 之间的天数"]
        case .settingsBadLang: [.en: "lang '{1}' is not a language Recourse speaks; use {2}", .zh: "lang“{1}”不是 Recourse 支持的语言；可用：{2}"]
        // MARK: Spreadsheets and Markdown export
        case .sheetContactID: [.en: "Contact", .zh: "联系编号"]
        case .sheetCaseID: [.en: "Case", .zh: "案件编号"]
        case .sheetCaseTitle: [.en: "Case title", .zh: "案件标题"]
        case .sheetCaseStatus: [.en: "Case status", .zh: "案件状态"]
        case .sheetOrganization: [.en: "Organization", .zh: "机构"]
        case .sheetOccurredAt: [.en: "Occurred at", .zh: "发生时间"]
        case .sheetZone: [.en: "Zone", .zh: "时区"]
        case .sheetChannel: [.en: "Channel", .zh: "渠道"]
        case .sheetDirection: [.en: "Direction", .zh: "方向"]
        case .sheetNumber: [.en: "Number used", .zh: "联系号码"]
        case .sheetAgent: [.en: "Agent", .zh: "客服"]
        case .sheetReference: [.en: "Reference", .zh: "参考编号"]
        case .sheetSummary: [.en: "Summary", .zh: "摘要"]
        case .sheetAdvice: [.en: "Advice", .zh: "客服建议"]
        case .sheetOutcome: [.en: "Outcome", .zh: "结果"]
        case .sheetAttachments: [.en: "Attachments", .zh: "附件数"]
        case .sheetPromiseID: [.en: "Promise number", .zh: "承诺编号"]
        case .sheetPromise: [.en: "Promise", .zh: "承诺"]
        case .sheetDue: [.en: "Due", .zh: "期限"]
        case .sheetDueWords: [.en: "Due words", .zh: "期限原话"]
        case .sheetPromiseStatus: [.en: "Promise status", .zh: "承诺状态"]
        case .sheetResolvedAt: [.en: "Resolved at", .zh: "处理时间"]
        // MARK: - #22 spreadsheet times: local time, the zone in the heading
        case .sheetTimeInZone: [.en: "{1} ({2})", .zh: "{1}（{2}）"]
        case .sheetNote: [.en: "Note", .zh: "备注"]
        case .sheetSupersedes: [.en: "Replaces promise", .zh: "取代承诺"]
        case .sheetOutbound: [.en: "outbound", .zh: "去电"]
        case .sheetInbound: [.en: "inbound", .zh: "来电"]
        case .sheetExampleOrganization: [.en: "Northway Bank", .zh: "数字人民币钱包"]
        case .sheetExampleCaseTitle: [.en: "Card payment refused", .zh: "转账失败"]
        case .sheetExampleAgent: [.en: "Agent 7", .zh: "工号 1023"]
        case .sheetExampleSummary: [.en: "Card refused at the till; money taken twice", .zh: "转账失败，资金未到账"]
        case .sheetExampleAdvice: [.en: "Wait for the reversal", .zh: "重启应用并重新绑定银行卡"]
        case .sheetExamplePromise: [.en: "Refund within 3 working days", .zh: "三个工作日内退回"]
        case .sheetExampleDue: [.en: "3 workdays", .zh: "三个工作日内"]
        case .sheetImported: [.en: "Imported {1} contact|Imported {1} contacts", .zh: "已导入 {1} 条联系记录"]
        case .sheetImportedSkipped: [.en: "; {1} already in the journal (skipped)", .zh: "；{1} 条已在日志中（跳过）"]
        case .sheetImportedCreated: [.en: " · new: {1} organizations, {2} cases", .zh: " · 新建：{1} 个机构，{2} 个案件"]
        case .sheetLine: [.en: "line {1}: {2}", .zh: "第 {1} 行：{2}"]
        case .sheetNotUTF8: [.en: "{1} is not UTF-8 text (it looks like {2}); in Excel use Save As → \"CSV UTF-8 (comma delimited)\", in WPS or Numbers export CSV with UTF-8, then import again", .zh: "{1} 不是 UTF-8 文本（看起来是 {2}）；请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”，或在 WPS 等软件中以 UTF-8 编码导出 CSV，然后重新导入"]
        case .sheetEncodingUTF16: [.en: "UTF-16", .zh: "UTF-16"]
        case .sheetEncodingLegacy: [.en: "GBK or another legacy encoding", .zh: "GBK 或其他旧编码"]
        case .sheetEmpty: [.en: "{1} has no header row; 'recourse import --template csv' prints one", .zh: "{1} 没有表头行；'recourse import --template csv' 可输出模板"]
        case .sheetUnknownColumn: [.en: "unknown column '{1}'; the columns are: {2}", .zh: "未知的列“{1}”；可用的列为：{2}"]
        case .sheetDuplicateColumn: [.en: "column '{1}' appears twice", .zh: "列“{1}”出现了两次"]
        case .sheetMissingColumn: [.en: "the column '{1}' is required", .zh: "缺少必需的列“{1}”"]
        case .sheetUnclosedQuote: [.en: "a quoted field is never closed", .zh: "有一个带引号的字段没有结束的引号"]
        case .sheetStrayQuote: [.en: "a quote inside a field that does not start with one; write it doubled (\"\") inside a quoted field", .zh: "字段中间出现引号；请把整个字段加上引号，并把其中的引号写成两个（\"\"）"]
        case .sheetTooManyFields: [.en: "{1} fields but the header has {2}", .zh: "有 {1} 个字段，但表头只有 {2} 列"]
        case .sheetRequired: [.en: "{1} is empty", .zh: "“{1}”为空"]
        case .sheetBadTime: [.en: "'{1}' in {2} is not a time; write 2026-11-16 10:00 or 2026-11-16T10:00:00+08:00", .zh: "{2}中的“{1}”不是时间；请写成 2026-11-16 10:00 或 2026-11-16T10:00:00+08:00"]
        case .sheetBadZone: [.en: "'{1}' is not a time zone; write an IANA name such as Asia/Shanghai", .zh: "“{1}”不是时区；请写时区名称，例如 Asia/Shanghai"]
        case .sheetBadChannel: [.en: "'{1}' is not a channel ({2})", .zh: "“{1}”不是渠道（{2}）"]
        case .sheetBadDirection: [.en: "'{1}' is not a direction (outbound/去电 or inbound/来电)", .zh: "“{1}”不是方向（去电/outbound 或 来电/inbound）"]
        case .sheetPromiseWithoutDue: [.en: "a promise needs its due time in '{1}'", .zh: "承诺需要在“{1}”一列填写期限"]
        case .sheetDueWithoutPromise: [.en: "a due time without a promise; write the promise in '{1}'", .zh: "有期限却没有承诺；请在“{1}”一列填写承诺"]
        case .sheetNoRows: [.en: "{1} has a header but no rows", .zh: "{1} 只有表头，没有数据行"]
        case .sheetOutputFolder: [.en: "CSV export writes two files, contacts.csv and promises.csv: give --output FOLDER", .zh: "CSV 导出会写两个文件（contacts.csv 和 promises.csv）：请用 --output 指定文件夹"]
        case .sheetFileMissing: [.en: "'{1}' cannot be read; check the path", .zh: "无法读取“{1}”；请检查路径"]
        case .sheetCannotCreateFolder: [.en: "cannot create the folder {1}: {2}", .zh: "无法创建文件夹 {1}：{2}"]
        case .sheetImportNeedsPath: [.en: "give the file to import, or --template csv for a spreadsheet template", .zh: "请给出要导入的文件，或用 'recourse import --template csv' 输出表格模板"]
        case .sheetUnknownTemplate: [.en: "unknown template '{1}'; there is: csv", .zh: "未知模板“{1}”；可用的只有 'csv'"]
        case .sheetWithFilesNeedsJsonl: [.en: "--with-files goes with --format jsonl; csv counts each contact's files and md lists them with their SHA-256", .zh: "--with-files 只用于 --format jsonl；csv 会列出每次联系的附件数，md 会列出附件及其 SHA-256"]
        case .sheetNoRedactNotJsonl: [.en: "--no-redact is for csv and md; jsonl is never masked", .zh: "--no-redact 只用于 csv 和 md；jsonl 从不遮盖号码"]
        case .exportAsOfNotJsonl: [.en: "--as-of is for csv and md; a jsonl export is the whole journal with its history, as import and sync need it",
                                   .zh: "--as-of 只用于 csv 和 md；jsonl 导出的是完整日志及其全部历史，导入和同步需要完整内容"]
        case .sheetWroteFiles: [.en: "Wrote {1} and {2}", .zh: "已写入 {1} 和 {2}"]
        case .mdTitle: [.en: "Contact timeline", .zh: "联系记录时间线"]
        case .mdExported: [.en: "Exported {1}. Times in {2}.", .zh: "导出于 {1}。时间为 {2} 时区。"]
        case .mdCaseHeading: [.en: "Case #{1}: {2} — {3} ({4})", .zh: "案件 #{1}：{2} — {3}（{4}）"]
        case .mdOpened: [.en: "Opened {1}", .zh: "立案于 {1}"]
        case .mdClosed: [.en: "closed {1}", .zh: "结案于 {1}"]
        case .mdNoContacts: [.en: "No contacts logged.", .zh: "尚无联系记录。"]
        case .mdPromises: [.en: "Promises", .zh: "承诺"]
        case .mdEvidence: [.en: "Evidence", .zh: "证据"]
        case .mdEvidenceLine: [.en: "{1} ({2}), SHA-256 {3}", .zh: "{1}（{2}），SHA-256 {3}"]
        case .mdSubmissions: [.en: "Complaints and submissions", .zh: "投诉与申诉"]
        case .mdSubmissionLine: [.en: "{1}: {2}, reference {3}, {4}", .zh: "{1}：{2}，参考编号 {3}，{4}"]
        case .mdSubmissionOutcome: [.en: "; outcome: {1}", .zh: "；结果：{1}"]
        case .mdNoReference: [.en: "none", .zh: "无"]
        case .mdRedactionNote: [.en: "Identity, card and account numbers and personal phone numbers show only their last four digits (--no-redact shows them).", .zh: "证件号、卡号、账号和个人电话仅显示末四位（--no-redact 显示完整号码）。"]
        case .mdNoCases: [.en: "The journal has no cases yet.", .zh: "日志中还没有案件。"]
        // MARK: Escalation errors
        case .bodyProfileField: [.en: "body profile {1}: field {2} {3}", .zh: "机构资料 {1}：字段 {2} {3}"]
        case .bodyProfileFile: [.en: "body profile {1} {2}", .zh: "机构资料 {1}：{2}"]
        case .profileFileNotText: [.en: "profile file {1} is not a small UTF-8 text file", .zh: "个人资料文件 {1} 不是小的 UTF-8 文本文件"]
        case .profileFileLine: [.en: "profile file {1}:{2}: {3}", .zh: "个人资料文件 {1}:{2}：{3}"]
        case .profileExpectedKeyValue: [.en: "expected 'key = value'", .zh: "应为“键 = 值”"]
        case .profileUnknownKey: [.en: "unknown profile key '{1}'; known: {2}", .zh: "未知的个人资料项“{1}”；已知：{2}"]
        case .profileValueTooLong: [.en: "{1} must be one line of at most 512 bytes", .zh: "{1} 必须是一行，最多 512 字节"]
        case .templateSectionNotClosed: [.en: "a section opened with {{#…}} or {{^…}} is never closed with {{/…}}", .zh: "用 {{#…}} 或 {{^…}} 开始的段落没有用 {{/…}} 结束"]
        case .templateWrongClose: [.en: "{{/…}} closes a different section than the one that is open", .zh: "{{/…}} 结束的不是当前打开的段落"]
        case .templateUnfinishedTag: [.en: "a tag is not finished with }}", .zh: "标签没有以 }} 结束"]
        case .templateBadDelimiter: [.en: "a {{=… …=}} delimiter change is malformed", .zh: "{{=… …=}} 分隔符设置格式有误"]
        case .templateUnparsable: [.en: "the template cannot be parsed ({1})", .zh: "无法解析模板（{1}）"]
        case .templateUnknownVariable: [.en: "unknown variable '{1}'; this draft has: {2}", .zh: "未知变量“{1}”；本草稿可用：{2}"]
        case .draftTemplateError: [.en: "template {1}:{2}: {3}", .zh: "模板 {1}:{2}：{3}"]
        case .draftTemplateUnreadable: [.en: "template '{1}' cannot be read as a UTF-8 text file", .zh: "模板“{1}”无法作为 UTF-8 文本文件读取"]
        case .draftTemplateTooLarge: [.en: "template '{1}' is {2} bytes, over the limit of {3}", .zh: "模板“{1}”有 {2} 字节，超过上限 {3}"]
        case .draftPreconditions: [.en: "{1}; --force drafts it anyway", .zh: "{1}；--force 可强制起草"]
        // MARK: export, import, conflicts
        case .errImportLine: [.en: "line {1}: {2}", .zh: "第 {1} 行：{2}"]
        case .errImportNewerFormat: [.en: "this file was made by a newer Recourse (format {1}); this one reads up to format {2}. Update Recourse to import it", .zh: "此文件由较新版本的 Recourse 生成（格式 {1}）；当前版本最多读取格式 {2}。请升级 Recourse 后再导入"]
        case .errImportEmpty: [.en: "'{1}' holds no export lines", .zh: "“{1}”中没有任何导出记录"]
        case .errImportEvidenceMissing: [.en: "the evidence file of '{1}' (SHA-256 {2}) is not in the files folder; give the folder with --files DIR. Nothing was imported", .zh: "证据文件“{1}”（SHA-256 {2}）不在文件夹中；请用 --files 指定存放证据文件的文件夹。未导入任何内容"]
        case .errImportEvidenceMismatch: [.en: "the file given for evidence '{1}' does not match its SHA-256 {2} or its size. Nothing was imported", .zh: "为证据“{1}”提供的文件与其 SHA-256 {2} 或大小不符。未导入任何内容"]
        case .errConflictNotFound: [.en: "no conflict #{1}; 'recourse conflicts' lists them", .zh: "没有编号为 #{1} 的冲突；用 'recourse conflicts' 查看"]
        case .importProblemNotJSON: [.en: "not valid JSON (cut short or edited?)", .zh: "不是有效的 JSON（文件被截断或被修改？）"]
        case .importProblemNotObject: [.en: "not a JSON object", .zh: "不是 JSON 对象"]
        case .importProblemNotHeader: [.en: "not a Recourse export: the first line must be its header ({\"type\":\"recourse-export\",...})", .zh: "不是 Recourse 导出文件：第一行必须是导出文件头（recourse-export）"]
        case .importProblemHeaderNotFirst: [.en: "a second header: two exports joined together? Import them one by one", .zh: "出现第二个文件头：两个导出文件被拼在一起了？请逐个导入"]
        case .importProblemMissingField: [.en: "'{1}' is missing", .zh: "缺少“{1}”"]
        case .importProblemUnknownField: [.en: "unknown field '{1}'", .zh: "未知字段“{1}”"]
        case .importProblemWrongType: [.en: "'{1}' should be {2}", .zh: "“{1}”应为 {2}"]
        case .importProblemUnknownType: [.en: "unknown record type '{1}'", .zh: "未知的记录类型“{1}”"]
        case .importProblemBadUUID: [.en: "'{1}' is not a uuid: {2}", .zh: "“{1}”不是有效的唯一标识：{2}"]
        case .importProblemUnknownReference: [.en: "'{1}' refers to {2}, which is neither in the file nor in the journal", .zh: "“{1}”引用的 {2} 既不在文件中，也不在日志中"]
        case .importProblemDuplicate: [.en: "uuid {1} appears twice", .zh: "唯一标识 {1} 出现了两次"]
        case .importProblemRejected: [.en: "the journal refuses this record: {1}", .zh: "日志拒绝了这条记录：{1}"]
        case .importProblemCountMismatch: [.en: "the header announces {1} records and {2} events, but the file holds {3} and {4}: cut short or edited", .zh: "文件头声明有 {1} 条记录和 {2} 个事件，但文件中只有 {3} 条和 {4} 个：文件被截断或被修改"]
        // MARK: - #21 admission gate, signed sync, safe outputs
        case .importProblemTimeOutOfRange: [.en: "'{1}' is {2}, outside the years {3}–{4} Recourse accepts", .zh: "“{1}”为 {2}，超出 Recourse 接受的 {3}–{4} 年"]
        case .importProblemValueOutOfRange: [.en: "'{1}' is {2}, outside {3}…{4}", .zh: "“{1}”为 {2}，超出 {3}…{4} 的范围"]
        case .importProblemBadSHA256: [.en: "'{1}' is not a SHA-256 (64 lowercase hexadecimal characters)", .zh: "“{1}”不是 SHA-256（64 个小写十六进制字符）"]
        case .importProblemUUIDOfOtherType: [.en: "uuid {1} already belongs to a {2} in this journal, not a {3}", .zh: "唯一标识 {1} 在本日志中已属于一条 {2} 记录，而不是 {3}"]
        case .importMaskedExport: [.en: "'{1}' is a masked export (its numbers are hidden as ****): it is for reading, and importing it would add copies with masked numbers. Export with --format jsonl to move a journal", .zh: "“{1}”是遮蔽号码的导出文件（号码显示为 ****）：仅供阅读，导入会添加号码被遮蔽的副本。要迁移日志，请用 --format jsonl 导出"]
        case .exportMaskedHeader: [.en: "Masked export for reading: numbers are hidden; do not import (use --format jsonl to move a journal)", .zh: "遮蔽号码的导出，仅供阅读：号码已隐藏；请勿导入（迁移日志请用 --format jsonl）"]
        case .syncDefectUnsigned: [.en: "not signed by the device's key, so anyone who can write to the folder may have written it; if that device really has a new key, run 'recourse sync DIR --forget {1}'", .zh: "没有该设备密钥的签名，可能是任何能写入该文件夹的人写的；如果该设备确实换了新密钥，请运行 'recourse sync DIR --forget {1}'"]
        case .syncDefectBadSignature: [.en: "its signature does not match its content: changed after it was signed, or forged", .zh: "签名与内容不符：签名后被改动，或是伪造的"]
        case .syncDefectKeyChanged: [.en: "signed with another key than the one pinned for this device (fingerprint {1}); if the device really has a new key, run 'recourse sync DIR --forget {2}'", .zh: "签名密钥与为该设备固定的密钥（指纹 {1}）不同；如果该设备确实换了新密钥，请运行 'recourse sync DIR --forget {2}'"]
        case .syncDefectPlainWithPassphrase: [.en: "not encrypted although a passphrase is in use: anyone who can write to the folder may have written it", .zh: "使用了口令但该文件未加密：可能是任何能写入该文件夹的人写的"]
        case .syncBusy: [.en: "another sync of this journal is running; try again when it has finished", .zh: "本日志的另一次同步正在进行；请在其结束后重试"]
        case .syncWrongPassphrase: [.en: "the passphrase does not match the one this folder was set up with (checked against {1}); nothing was published. Check the passphrase and try again", .zh: "口令与该文件夹设置时使用的口令不符（已与 {1} 核对）；未发布任何内容。请检查口令后重试"]
        case .syncPassphraseNotUTF8: [.en: "The passphrase in {1} is not UTF-8 text; save it as UTF-8.", .zh: "{1} 中的口令不是 UTF-8 文本；请以 UTF-8 保存。"]
        case .syncStatusKey: [.en: "  signing key {1}", .zh: "  签名密钥 {1}"]
        case .syncStatusOwnKey: [.en: "This device's signing key: {1}", .zh: "本设备的签名密钥：{1}"]
        case .syncForgot: [.en: "Forgot the pinned key of device {1}; its key will be pinned again at the next sync.", .zh: "已忘记设备 {1} 的固定密钥；下次同步时将重新固定其密钥。"]
        case .syncForgetUnknown: [.en: "No key is pinned for device {1}; 'recourse sync DIR --status' lists the devices.", .zh: "设备 {1} 没有固定的密钥；'recourse sync DIR --status' 可列出各设备。"]
        case .syncBadDeviceID: [.en: "'{1}' is not a device id (a lowercase uuid, as 'sync --status' shows)", .zh: "“{1}”不是设备标识（小写唯一标识，见 'sync --status'）"]
        case .syncFolderIsLink: [.en: "'{1}' in the sync folder is a symbolic link or not a folder; sync never follows links there. Remove it and sync again", .zh: "同步文件夹中的“{1}”是符号链接或不是文件夹；同步从不跟随其中的链接。请删除后重新同步"]
        case .outputNotRegular: [.en: "'{1}' is not a regular file; --force replaces only regular files", .zh: "“{1}”不是普通文件；--force 只会覆盖普通文件"]
        case .outputWriteFailed: [.en: "cannot write the output: {1}", .zh: "无法写出输出：{1}"]
        case .doctorImpossibleValue: [.en: "{1} {2} ({3}) holds an impossible {4}: {5}. Repair: correct it, or export --format jsonl, fix that line, and import into a new journal", .zh: "{1} {2}（{3}）的 {4} 是不可能的值：{5}。修复：更正它，或用 --format jsonl 导出、修改该行后导入到新日志"]
        case .helpSyncForget: [.en: "Forget the signing key pinned for DEVICE (after it really got a new key): its next signed file pins the new one.", .zh: "忘记为该设备固定的签名密钥（在该设备确实换了新密钥之后）：其下一个签名文件将固定新密钥。"]
        case .doctorValuesInRange: [.en: "Stored times, amounts, durations and file names within range", .zh: "存储的时间、金额、时长和文件名均在有效范围内"]
        case .exportWrote: [.en: "Exported {1} record(s) and {2} history event(s) to {3}", .zh: "已将 {1} 条记录和 {2} 个历史事件导出到 {3}"]
        case .exportFilesCopied: [.en: "Copied {1} evidence file(s) to {2} ({3} already there)", .zh: "已将 {1} 个证据文件复制到 {2}（{3} 个已存在）"]
        case .exportFileDiffers: [.en: "'{1}' already exists with other content; it was not replaced. Use an empty folder for --with-files", .zh: "“{1}”已存在且内容不同，未覆盖。请为 --with-files 使用一个空文件夹"]
        case .exportEvidenceMissing: [.en: "the journal's evidence file '{1}' is missing or unreadable; run 'recourse doctor'. The export was not written", .zh: "日志中的证据文件“{1}”缺失或无法读取；请运行 'recourse doctor'。导出文件未写入"]
        case .exportEvidenceAltered: [.en: "the journal's evidence file '{1}' no longer matches its SHA-256; run 'recourse doctor --deep'. The export was not written", .zh: "日志中的证据文件“{1}”与其 SHA-256 不再相符；请运行 'recourse doctor --deep'。导出文件未写入"]
        case .exportFilesIntoJournal: [.en: "--with-files cannot be the journal's own folder '{1}'", .zh: "--with-files 不能是日志自己的文件夹“{1}”"]
        case .importSummary: [.en: "Imported {1}: {2} new record(s), {3} updated, {4} unchanged, {5} history event(s), {6} evidence file(s)", .zh: "已导入 {1}：新增 {2} 条记录，更新 {3} 条，未变 {4} 条，历史事件 {5} 个，证据文件 {6} 个"]
        case .importNothingNew: [.en: "Nothing new in {1}: the journal already holds all of it", .zh: "{1} 中没有新内容：日志已包含全部内容"]
        case .importMatchedByName: [.en: "{1} organization record(s) matched an existing one by name", .zh: "{1} 条机构记录按名称与已有记录合并"]
        case .importConflicts: [.en: "{1} record(s) differ from this journal's version; both versions are kept, the journal shows its own. 'recourse conflicts' lists them", .zh: "{1} 条记录与本日志中的版本不同；两个版本均已保留，日志显示本地版本。用 'recourse conflicts' 查看"]
        case .importPathMissing: [.en: "'{1}' does not exist", .zh: "“{1}”不存在"]
        case .importFolderWithoutExport: [.en: "'{1}' holds no .jsonl export file", .zh: "“{1}”中没有 .jsonl 导出文件"]
        case .importFolderAmbiguous: [.en: "'{1}' holds several .jsonl files ({2}); give the file itself", .zh: "“{1}”中有多个 .jsonl 文件（{2}）；请直接指定文件"]
        case .importUnreadable: [.en: "cannot read '{1}'; check that you may read it", .zh: "无法读取“{1}”；请检查是否有读取权限"]
        case .importNotRegularFile: [.en: "'{1}' is not a file (a device, a pipe or a socket); import reads an export file or the folder holding one",
                                     .zh: "“{1}”不是文件（而是设备、管道或套接字）；导入只读取导出文件或存放它的文件夹"]
        case .importNotUTF8: [.en: "{1}: line {2} is not valid UTF-8; an export is always UTF-8, so this file was damaged or is not an export (nothing was imported)", .zh: "{1}：第 {2} 行不是有效的 UTF-8；导出文件总是 UTF-8，此文件已损坏或不是导出文件（未导入任何内容）"]
        case .conflictsNone: [.en: "No conflicts: every import agreed with this journal", .zh: "没有冲突：每次导入都与本日志一致"]
        case .conflictLine: [.en: "#{1}  {2} #{3}  fields {4}  (from {5}, {6}); the journal shows {7}", .zh: "#{1}  {2} #{3}  字段 {4}（来自 {5}，{6}）；日志显示{7}"]
        case .conflictShownLocal: [.en: "its own version", .zh: "本地版本"]
        case .conflictShownIncoming: [.en: "the imported version", .zh: "导入的版本"]
        case .conflictVersionLocal: [.en: "  this journal: {1}", .zh: "  本日志：{1}"]
        case .conflictResolved: [.en: "Conflict #{1} resolved: {2} #{3} shows {4}", .zh: "冲突 #{1} 已解决：{2} #{3} 显示{4}"]
        case .conflictResolvedOn: [.en: "(resolved {1})", .zh: "（{1} 已解决）"]
        case .eventInterchangeResolved: [.en: "interchange.conflict_resolved", .zh: "解决冲突"]
        case .eventInterchangeMerged: [.en: "interchange.merged", .zh: "导入合并"]
        case .eventInterchangeConflict: [.en: "interchange.conflict", .zh: "导入冲突"]
        case .conflictVersionIncoming: [.en: "  imported:     {1}", .zh: "  导入的：{1}"]
        // MARK: Data files (calendars, body profiles)
        case .fileUnreadable: [.en: "cannot be read; check its permissions", .zh: "无法读取；请检查权限"]
        case .fileNotUTF8: [.en: "is not UTF-8 text", .zh: "不是 UTF-8 文本"]
        case .calendarTooBig: [.en: "file is over {1} KiB; a calendar needs a few lines a year", .zh: "文件超过 {1} KiB；日历每年只需几行"]
        case .calendarFirstDirective: [.en: "the first directive must be 'calendar ID' (e.g. calendar CN)", .zh: "第一条指令必须是 'calendar ID'（例如 'calendar CN'）"]
        case .calendarOneID: [.en: "'calendar' takes one ID, once per file", .zh: "'calendar' 只接受一个编号，每个文件一次"]
        case .calendarBadYears: [.en: "'years' takes a year or a range like 2026-2027, not '{1}'", .zh: "'years' 需要年份或 2026-2027 这样的范围，而不是“{1}”"]
        case .calendarBadWeekend: [.en: "'weekend' takes day names like 'sat sun', not '{1}'", .zh: "'weekend' 需要 'sat sun' 这样的星期名，而不是“{1}”"]
        case .calendarBadRange: [.en: "'{1}' takes a date or a range like 2026-02-15..2026-02-23, not '{2}'", .zh: "'{1}' 需要日期或 2026-02-15..2026-02-23 这样的范围，而不是“{2}”"]
        case .calendarRangeTooLong: [.en: "range {1} is longer than 31 days", .zh: "范围 {1} 超过 31 天"]
        case .calendarUnknownDirective: [.en: "unknown directive '{1}'; use calendar, name, years, weekend, holiday or workday", .zh: "未知指令“{1}”；可用 'calendar'、'name'、'years'、'weekend'、'holiday' 或 'workday'"]
        case .calendarNoID: [.en: "no 'calendar ID' line", .zh: "缺少 'calendar ID' 一行"]
        case .calendarDayOutsideYears: [.en: "{1} is outside the file's years {2}-{3}", .zh: "{1} 不在文件的年份 {2}-{3} 之内"]
        case .profileTooBig: [.en: "is over {1} KiB; a profile is a few KiB", .zh: "超过 {1} KiB；机构资料只有几 KiB"]
        case .profileBadID: [.en: "'{1}' must be lower-case words joined by dots, like cn.nfra", .zh: "“{1}”必须是用点连接的小写单词，例如 cn.nfra"]
        case .profileNeedsNames: [.en: "both zh and en names are needed", .zh: "中文和英文名称都需要"]
        case .profileBadPeriod: [.en: "{1} is not a period from 1 to 3650", .zh: "{1} 不是 1 到 3650 之间的期限"]
        case .profileBadFieldKey: [.en: "'{1}' must be lower_case_with_underscores", .zh: "“{1}”必须是小写字母加下划线"]
        case .profileDuplicateKey: [.en: "'{1}' appears twice", .zh: "“{1}”出现了两次"]
        case .profileUnknownCalendar: [.en: "'{1}' is not a known calendar ({2}, or organization)", .zh: "“{1}”不是已知的日历（{2}，或 'organization'）"]
        case .profileMissing: [.en: "is missing", .zh: "缺失"]
        case .profileShouldBe: [.en: "should be {1}", .zh: "应为{1}"]
        case .profileShouldBeNotNull: [.en: "should be {1}, not null", .zh: "应为{1}，不能是 'null'"]
        case .profileNotJSON: [.en: "is not valid JSON", .zh: "不是有效的 JSON"]
        case .profileValueNotAllowed: [.en: "has a value that is not allowed ({1})", .zh: "的值不被允许（{1}）"]
        case .profileCannotRead: [.en: "cannot be read", .zh: "无法读取"]
        case .typeText: [.en: "text", .zh: "文本"]
        case .typeWholeNumber: [.en: "a whole number", .zh: "整数"]
        case .typeBoolean: [.en: "true or false", .zh: "'true' 或 'false'"]
        case .typeList: [.en: "a list", .zh: "列表"]
        case .typeObject: [.en: "an object", .zh: "对象"]
        }
    }
}
