//! Recommended special-education programs and services (SOPM L2147–L2405): programs on the
//! continuum, related services, supplementary aids, IEP-assigned paraprofessionals, assistive
//! technology, supports for school personnel. Parent counseling and training is a related
//! service (L2215), so it is a row of `related_services` (decision I-4).

use super::common::{Delivery, Frequency, GroupKind, ServiceLocation};
use crate::language::LanguageCode;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Largest SETSS group (L2167).
pub const SETSS_MAX_GROUP: u8 = 8;

/// A special-education program on the continuum (L2165–L2181).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ProgramKind {
    #[schemars(title = "Consultant Teacher")]
    ConsultantTeacher,
    #[schemars(title = "Special Education Teacher Support Services (SETSS)")]
    Setss,
    #[schemars(title = "Integrated Co-Teaching (ICT)")]
    Ict,
    #[schemars(title = "Special class")]
    SpecialClass,
    #[schemars(title = "Travel training")]
    TravelTraining,
    #[schemars(title = "Adapted Physical Education (APE)")]
    AdaptedPhysicalEducation,
}

/// Where a special class is (L2175).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ClassSetting {
    #[schemars(title = "Community school (District 1–32)")]
    #[serde(rename = "district_1_to_32")]
    District1To32,
    #[schemars(title = "Specialized school (District 75)")]
    #[serde(rename = "district_75")]
    District75,
    #[schemars(title = "NYSED-approved non-public school")]
    NonPublicSchool,
}

/// Special-class staffing ratio, students : teachers + paraprofessionals (L2175).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ClassRatio {
    #[schemars(title = "12:1")]
    #[serde(rename = "ratio_12_1")]
    R12To1,
    #[schemars(title = "15:1")]
    #[serde(rename = "ratio_15_1")]
    R15To1,
    #[schemars(title = "12:1+1")]
    #[serde(rename = "ratio_12_1_1")]
    R12To1Plus1,
    #[schemars(title = "8:1+1 (Horizon)")]
    #[serde(rename = "ratio_8_1_1_horizon")]
    R8To1Plus1Horizon,
    #[schemars(title = "12:1+(3:1)")]
    #[serde(rename = "ratio_12_1_3_1")]
    R12To1Plus3To1,
    #[schemars(title = "8:1+1")]
    #[serde(rename = "ratio_8_1_1")]
    R8To1Plus1,
    #[schemars(title = "6:1+1")]
    #[serde(rename = "ratio_6_1_1")]
    R6To1Plus1,
}

impl ClassRatio {
    /// The ratios the manual lists for each setting (L2175); it lists none for non-public schools,
    /// so any ratio is accepted there (decision I-5).
    pub fn offered_in(self, setting: ClassSetting) -> bool {
        use ClassRatio::*;
        match setting {
            ClassSetting::District1To32 => {
                matches!(self, R12To1 | R15To1 | R12To1Plus1 | R8To1Plus1Horizon)
            }
            ClassSetting::District75 => {
                matches!(self, R12To1Plus1 | R12To1Plus3To1 | R8To1Plus1 | R6To1Plus1)
            }
            ClassSetting::NonPublicSchool => true,
        }
    }

    /// Ratios that make parent counseling and training mandatory (L2219).
    pub fn requires_parent_counseling(self) -> bool {
        matches!(
            self,
            ClassRatio::R8To1Plus1
                | ClassRatio::R8To1Plus1Horizon
                | ClassRatio::R6To1Plus1
                | ClassRatio::R12To1Plus3To1
        )
    }
}

/// The subject a program row covers: one row per subject (L2175).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    #[schemars(title = "English Language Arts")]
    Ela,
    #[schemars(title = "Mathematics")]
    Math,
    #[schemars(title = "Science")]
    Science,
    #[schemars(title = "Social studies")]
    SocialStudies,
    #[schemars(title = "World language")]
    WorldLanguage,
    #[schemars(title = "Career and technical education")]
    CareerTechnical,
    #[schemars(title = "Physical education")]
    PhysicalEducation,
    #[schemars(title = "All subjects")]
    AllSubjects,
}

/// One special-education program row.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct ProgramRecommendation {
    #[schemars(title = "Program")]
    pub program: Option<ProgramKind>,
    /// One row per subject (L2175).
    #[schemars(title = "Subject")]
    pub subject: Option<Subject>,
    /// Special class only.
    #[schemars(title = "Class setting")]
    #[schemars(extend("x-when" = {"program": ["special_class"]}))]
    pub setting: Option<ClassSetting>,
    /// Special class only (L2175).
    #[schemars(title = "Class ratio")]
    #[schemars(extend("x-when" = {"program": ["special_class"]}))]
    pub ratio: Option<ClassRatio>,
    /// SETSS only: individual or group (L2167).
    #[schemars(title = "Individual or group")]
    pub group: Option<GroupKind>,
    /// SETSS group: at most 8 students (L2167). APE: class size.
    #[schemars(title = "Group size", range(min = 1, max = 40))]
    #[schemars(extend("x-when" = {"group": ["group"]}))]
    pub group_size: Option<u8>,
    #[schemars(title = "Push-in or pull-out")]
    pub delivery: Option<Delivery>,
    #[schemars(title = "Frequency")]
    pub frequency: Frequency,
    /// Minutes per session (L2163).
    #[schemars(title = "Duration (minutes)", range(min = 1, max = 480))]
    pub duration_minutes: Option<u16>,
    /// Where the program is delivered, e.g. "General education classroom" (L2163).
    #[schemars(title = "Location")]
    pub location: String,
    /// The language of the program, for an ELL (L2647).
    #[schemars(title = "Language")]
    pub language: Option<LanguageCode>,
    /// Projected date of initiation (L2163).
    #[schemars(title = "Projected start")]
    pub projected_start: Option<NaiveDate>,
    /// A District 75 teacher serves the student in a District 1–32 school (L2181).
    #[schemars(title = "D75 inclusive services")]
    pub d75_inclusive_services: bool,
}

/// Related service types (L2197).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RelatedServiceType {
    #[schemars(title = "Speech-language therapy")]
    SpeechLanguageTherapy,
    #[schemars(title = "Occupational therapy (OT)")]
    OccupationalTherapy,
    #[schemars(title = "Physical therapy (PT)")]
    PhysicalTherapy,
    #[schemars(title = "Counseling")]
    Counseling,
    #[schemars(title = "Parent counseling and training")]
    ParentCounselingAndTraining,
    #[schemars(title = "Assistive technology services")]
    AssistiveTechnologyServices,
    #[schemars(title = "Audiological services")]
    Audiological,
    #[schemars(title = "Interpreting services (deaf and hard of hearing)")]
    Interpreting,
    #[schemars(title = "Orientation and mobility")]
    OrientationMobility,
    #[schemars(title = "School nurse services")]
    SchoolNurse,
    #[schemars(title = "Vision education services")]
    VisionEducation,
    #[schemars(title = "Hearing education services")]
    HearingEducation,
    #[schemars(title = "Rehabilitation counseling")]
    RehabilitationCounseling,
    #[schemars(title = "School social work")]
    SocialWork,
    #[schemars(title = "Other developmental, corrective or supportive service")]
    Other,
}

/// One related service.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct RelatedService {
    #[schemars(title = "Service")]
    pub service: Option<RelatedServiceType>,
    /// For "Other": what the service is.
    #[schemars(title = "Other service")]
    #[schemars(extend("x-when" = {"service": ["other"]}))]
    pub other_service: String,
    /// First time the student receives this service (initial OT/PT needs a prescription, L2207).
    #[schemars(title = "Initial recommendation")]
    pub initial: bool,
    #[schemars(title = "Individual or group")]
    pub group: Option<GroupKind>,
    /// Students in the group (L2223).
    #[schemars(title = "Group size", range(min = 2))]
    #[schemars(extend("x-when" = {"group": ["group"]}))]
    pub group_size: Option<u8>,
    #[schemars(title = "Frequency")]
    pub frequency: Frequency,
    #[schemars(title = "Duration (minutes)", range(min = 1, max = 480))]
    pub duration_minutes: Option<u16>,
    #[schemars(title = "Location")]
    pub location: Option<ServiceLocation>,
    /// The separate location, named (L2207).
    #[schemars(title = "Separate location")]
    #[schemars(extend("x-when" = {"location": ["separate_location"]}))]
    pub separate_location: String,
    #[schemars(title = "Push-in or pull-out")]
    pub delivery: Option<Delivery>,
    /// Language of the service (L2647).
    #[schemars(title = "Language")]
    pub language: Option<LanguageCode>,
    #[schemars(title = "Projected start")]
    pub projected_start: Option<NaiveDate>,
    /// The annual goals the service addresses (L2197).
    #[schemars(
        title = "Goals served",
        extend("x-ref" = "annual_goals.goals", "x-ref-label" = "skill")
    )]
    pub goal_ids: Vec<String>,
    /// Initial OT or PT: the date the physician's prescription was received (L2207).
    #[schemars(title = "Prescription received on")]
    #[schemars(extend("x-when" = {"service": ["occupational_therapy", "physical_therapy"]}))]
    pub prescription_received_on: Option<NaiveDate>,
    /// The service is also a transition service (L2493).
    #[schemars(title = "Transition service")]
    pub transition_service: bool,
}

/// Supplementary aids, services and program modifications (L2227–L2283).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AidKind {
    #[schemars(title = "Note taker")]
    NoteTaker,
    #[schemars(title = "Instructional materials in alternative formats")]
    AlternativeFormats,
    #[schemars(title = "Extra time between classes")]
    ExtraTimeBetweenClasses,
    #[schemars(title = "Special seating")]
    SpecialSeating,
    #[schemars(title = "Highlighted or color-coded work")]
    HighlightedWork,
    #[schemars(title = "Study guide outlines")]
    StudyGuides,
    #[schemars(title = "Study carrel")]
    StudyCarrel,
    #[schemars(title = "Behavior intervention plan")]
    BehaviorPlan,
    #[schemars(title = "Extra time for assignments")]
    ExtraTimeForAssignments,
    #[schemars(title = "Assignment adaptations")]
    AssignmentAdaptations,
    #[schemars(title = "Extended pacing of instruction")]
    ExtendedPacing,
    #[schemars(title = "Adapted presentation of content")]
    AdaptedPresentation,
    #[schemars(title = "Adapted ways to show learning")]
    AdaptedDemonstration,
    #[schemars(title = "Other")]
    Other,
}

/// One supplementary aid or program modification.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct SupplementaryAid {
    #[schemars(title = "Aid or modification")]
    pub aid: Option<AidKind>,
    /// What exactly, e.g. "Graphic organizers for writing assignments".
    #[schemars(title = "Description")]
    pub description: String,
    /// Where and when it applies, e.g. "All academic classes".
    #[schemars(title = "Where and when")]
    pub applies_in: String,
    #[schemars(title = "Projected start")]
    pub projected_start: Option<NaiveDate>,
}

/// IEP-assigned paraprofessional types (L2287–L2297).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ParaType {
    #[schemars(title = "Behavior support (crisis management)")]
    BehaviorSupport,
    #[schemars(title = "Health")]
    Health,
    #[schemars(title = "Toileting")]
    Toileting,
    #[schemars(title = "Orientation and mobility")]
    OrientationMobility,
}

/// Shared or 1:1 paraprofessional.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ParaRatio {
    #[schemars(title = "1:1")]
    OneToOne,
    #[schemars(title = "Shared")]
    Shared,
}

/// When the paraprofessional is with the student (L2285).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ParaActivity {
    #[schemars(title = "All classes")]
    AllClasses,
    #[schemars(title = "Academic classes")]
    AcademicClasses,
    #[schemars(title = "Related services")]
    RelatedServices,
    #[schemars(title = "Lunch")]
    Lunch,
    #[schemars(title = "Transitions between classes")]
    Transitions,
    #[schemars(title = "Arrival and dismissal")]
    ArrivalDismissal,
    #[schemars(title = "Field trips")]
    FieldTrips,
}

/// Toileting paraprofessional: training or assistance (L2309–L2329).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ToiletingMode {
    #[schemars(title = "Toilet training")]
    ToiletTraining,
    #[schemars(title = "Toileting assistance")]
    ToiletingAssistance,
}

/// One IEP-assigned paraprofessional.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Paraprofessional {
    #[schemars(title = "Type")]
    pub para_type: Option<ParaType>,
    #[schemars(title = "Ratio")]
    pub ratio: Option<ParaRatio>,
    /// The need (from present levels) and the purpose of the paraprofessional (L2285).
    #[schemars(title = "Purpose and need", extend("x-narrative" = true))]
    pub purpose: String,
    /// What the paraprofessional does (L2285).
    #[schemars(title = "Responsibilities", extend("x-narrative" = true))]
    pub responsibilities: String,
    /// When the paraprofessional is with the student (L2285).
    #[schemars(title = "Times and activities")]
    pub activities: Vec<ParaActivity>,
    /// How progress toward independence is monitored (L2285).
    #[schemars(title = "Progress monitoring", extend("x-narrative" = true))]
    pub progress_monitoring: String,
    /// Behavior support: the existing BIP was reviewed and modified before a paraprofessional was
    /// considered (L2299).
    #[schemars(title = "BIP reviewed first")]
    #[schemars(extend("x-when" = {"para_type": ["behavior_support"]}))]
    pub bip_reviewed: bool,
    /// Health: something indicates a condition that may need urgent care (L2299).
    #[schemars(title = "Urgent-care condition indicated")]
    #[schemars(extend("x-when" = {"para_type": ["health"]}))]
    pub urgent_care_condition: bool,
    /// Health: a non-1:1 skilled nursing referral was made (L2309).
    #[schemars(title = "Skilled nursing referral made")]
    #[schemars(extend("x-when" = {"para_type": ["health"]}))]
    pub skilled_nursing_referral: bool,
    /// Toileting: training or assistance (L2309).
    #[schemars(title = "Toileting")]
    #[schemars(extend("x-when" = {"para_type": ["toileting"]}))]
    pub toileting: Option<ToiletingMode>,
    /// Orientation and mobility: the student was assessed as an unsafe independent traveler (L2333).
    #[schemars(title = "Assessed unsafe independent traveler on")]
    #[schemars(extend("x-when" = {"para_type": ["orientation_mobility"]}))]
    pub unsafe_traveler_assessed_on: Option<NaiveDate>,
}

/// Assistive technology: a device or a service (L2337).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum AtKind {
    #[schemars(title = "Device")]
    Device,
    #[schemars(title = "Service")]
    Service,
}

/// Low-tech or high-tech (L2345).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TechLevel {
    #[schemars(title = "Low-tech (e.g. pencil grip, slant board)")]
    Low,
    #[schemars(title = "High-tech (e.g. tablet, speech-to-text)")]
    High,
}

/// Where the student uses the technology (L2335).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum UseSetting {
    #[schemars(title = "Classroom")]
    Classroom,
    #[schemars(title = "Home")]
    Home,
    #[schemars(title = "Other")]
    Other,
}

/// One assistive technology device or service.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct AssistiveTech {
    #[schemars(title = "Device or service")]
    pub kind: Option<AtKind>,
    #[schemars(title = "Low or high tech")]
    pub level: Option<TechLevel>,
    /// What it is, e.g. "Tablet with text-to-speech".
    #[schemars(title = "Description")]
    pub description: String,
    #[schemars(title = "Used in")]
    pub used_in: Vec<UseSetting>,
    /// The AT assessment; high tech needs one, reviewed at the meeting (L2345, L2353).
    #[schemars(title = "AT assessment on")]
    pub assessment_on: Option<NaiveDate>,
}

/// Staff who receive a support (L2415).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    #[schemars(title = "Teachers")]
    Teacher,
    #[schemars(title = "Paraprofessional")]
    Paraprofessional,
    #[schemars(title = "Related service providers")]
    Provider,
    #[schemars(title = "Other school staff")]
    OtherStaff,
}

/// Kinds of support for school personnel (L2417).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SupportKind {
    #[schemars(title = "Information on the disability")]
    DisabilityInformation,
    #[schemars(title = "Training in positive behavioral interventions")]
    BehaviorTraining,
    #[schemars(title = "Sign language training")]
    SignLanguage,
    #[schemars(title = "Help with curriculum modifications")]
    CurriculumModifications,
    #[schemars(title = "Training on the student's assistive technology")]
    AssistiveTechnologyTraining,
    #[schemars(title = "Behavioral consultation")]
    BehavioralConsultation,
    #[schemars(title = "Paraprofessional training (health, feeding, positioning…)")]
    ParaTraining,
    #[schemars(title = "Training to give testing accommodations")]
    TestingAccommodationTraining,
    #[schemars(title = "Other")]
    Other,
}

/// One support for school personnel on behalf of the student (L2415–L2417).
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct PersonnelSupport {
    #[schemars(title = "Support")]
    pub kind: Option<SupportKind>,
    #[schemars(title = "For")]
    pub recipient: Option<StaffRole>,
    /// Who gives it, e.g. "School nurse", "Occupational therapist".
    #[schemars(title = "Provided by")]
    pub provided_by: String,
    #[schemars(title = "Description")]
    pub description: String,
}

/// Physical education determination (L2179, L2189).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PeDetermination {
    #[schemars(title = "Regular physical education")]
    Regular,
    #[schemars(title = "Regular physical education with special equipment")]
    RegularWithEquipment,
    #[schemars(title = "Adapted physical education (APE)")]
    Adapted,
}

/// Section 7: recommended programs and services.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct ProgramsServices {
    /// Special-education programs, one row per program and subject (L2175).
    #[schemars(title = "Special education programs")]
    pub programs: Vec<ProgramRecommendation>,
    #[schemars(title = "Related services")]
    pub related_services: Vec<RelatedService>,
    #[schemars(title = "Physical education")]
    pub physical_education: Option<PeDetermination>,
    #[schemars(title = "Supplementary aids and program modifications")]
    pub supplementary_aids: Vec<SupplementaryAid>,
    #[schemars(title = "IEP-assigned paraprofessionals")]
    pub paraprofessionals: Vec<Paraprofessional>,
    #[schemars(title = "Assistive technology devices and services")]
    pub assistive_technology: Vec<AssistiveTech>,
    /// Supports for school personnel on behalf of the student, including para and AT training
    /// (L2297, L2417).
    #[schemars(title = "Supports for school personnel")]
    pub personnel_supports: Vec<PersonnelSupport>,
}

impl ProgramsServices {
    pub fn has_service(&self, t: RelatedServiceType) -> bool {
        self.related_services.iter().any(|s| s.service == Some(t))
    }
}
