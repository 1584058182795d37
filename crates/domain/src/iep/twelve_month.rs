//! 12-month (extended school year) services, July–August (SOPM L2639–L2645).

use super::common::{Frequency, NeedArea};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Why 12-month services are considered (L2639–L2641).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EsyBasis {
    #[schemars(title = "Substantial regression (8 weeks or more to recoup)")]
    SubstantialRegression,
    #[schemars(title = "Severe multiple disabilities")]
    SevereMultipleDisabilities,
    #[schemars(title = "Residential program")]
    Residential,
    #[schemars(title = "Home or hospital instruction")]
    HomeHospital,
    #[schemars(title = "Highly intensive management needs")]
    IntensiveManagementNeeds,
}

/// Section 8: 12-month services.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, schemars::JsonSchema,
)]
#[serde(default)]
pub struct TwelveMonth {
    /// Does the student need 12-month services to prevent substantial regression (L2639)?
    #[schemars(title = "12-month services needed")]
    pub needed: Option<bool>,
    #[schemars(title = "Considered because")]
    #[schemars(extend("x-when" = {"needed": [true]}))]
    pub basis: Vec<EsyBasis>,
    /// The areas where regression is expected; services may cover only those (L2641).
    #[schemars(title = "Areas")]
    #[schemars(extend("x-when" = {"needed": [true]}))]
    pub areas: Vec<NeedArea>,
    /// The July–August services differ from the school-year recommendation (L2645).
    #[schemars(title = "Differs from the school-year services")]
    #[schemars(extend("x-when" = {"needed": [true]}))]
    pub differs_from_school_year: bool,
    /// When it differs: the frequency of the summer program or service (L2645).
    #[schemars(title = "Summer frequency")]
    #[schemars(extend("x-when" = {"needed": [true]}))]
    pub frequency: Frequency,
    #[schemars(title = "Summer duration (minutes)", range(min = 1, max = 480))]
    #[schemars(extend("x-when" = {"needed": [true]}))]
    pub duration_minutes: Option<u16>,
    /// When it differs: the program, services and setting for July–August (L2645).
    #[schemars(title = "Summer program and setting", extend("x-narrative" = true))]
    #[schemars(extend("x-when" = {"needed": [true]}))]
    pub details: String,
}
