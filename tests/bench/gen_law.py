#!/usr/bin/env python3
"""Write N deterministic fact records for the bundled law (kz-ai-law) as JSON Lines.
usage: gen_law.py N [--seed S]   Some fields are left out at random, so unknowns are exercised."""
import json, random, sys

IMPACTS = ["minimal", "reduced_effectiveness", "moral_harm", "material_damage", "social_emergency",
           "man_made_emergency", "defence", "security", "international_relations", "economy",
           "users_significant", "infrastructure", "vital_activity"]
ROLES = ["final_choice", "can_correct", "no_correction"]
TIERS = ["minimal", "medium", "high"]
SIZES = ["individual", "small", "medium", "large"]
GROUNDS = ["age", "disability", "social_status", "other"]
ATTRS = ["race", "political_views", "religion", "other"]

def record(rng, i):
    b = lambda p: rng.random() < p
    s = {
        "id": "kz-%06d" % i, "name": "System %d" % i, "owner": "Owner LLP", "possessor": "Operator JSC",
        "declared": {"risk": rng.choice(TIERS), "autonomy": rng.choice(["low", "medium", "high"])},
        "failure_impact": rng.sample(IMPACTS, rng.randint(0, 3)),
        "critical_ict_infrastructure": b(0.1), "state_information_resources": b(0.1),
        "human_role": rng.choice(ROLES),
        "capabilities": {
            "subconscious_manipulation": b(0.03), "exploits_vulnerability": b(0.03), "vulnerability_harm_purpose": b(0.5),
            "vulnerability_grounds": rng.sample(GROUNDS, rng.randint(0, 2)),
            "social_scoring": b(0.02), "social_scoring_provided_by_law": b(0.5), "unlawful_personal_data": b(0.03),
            "biometric_categorisation": b(0.05), "biometric_discrimination_purpose": b(0.3), "biometric_attributes": rng.sample(ATTRS, rng.randint(0, 2)),
            "emotion_recognition": b(0.08), "emotion_consent": b(0.6), "emotion_recognition_provided_by_law": b(0.1),
            "produces_prohibited_results": b(0.01)},
        "decides_about_individuals": b(0.4), "synthetic_results": b(0.35),
        "transparency": {"users_informed": b(0.8), "machine_readable_marking": b(0.7), "visible_warning": b(0.7)},
        "risk_management": {"in_place": b(0.8), "last_review": "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
                            "prohibited_risk_identified": b(0.02)},
        "documentation": b(0.7), "security_measures": b(0.8), "human_oversight": b(0.75),
        "user_support": b(0.8), "user_agreement_available": b(0.8),
        "trusted_list": {"audit_done": b(0.3)},
        "training": {"uses_protected_works": b(0.4), "optout_present": b(0.3)},
        "outputs": {"human_creative_contribution": b(0.5)}, "prompts": {"creative": b(0.3)},
        "operator_size": rng.choice(SIZES), "labelling_offence_within_year": b(0.2),
    }
    for k in ["documentation", "security_measures", "synthetic_results", "human_role"]:
        if b(0.05):
            del s[k]
    return {"assessment_date": "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), "system": s}

def main():
    n = int(sys.argv[1]); seed = int(sys.argv[3]) if len(sys.argv) > 3 else 42
    rng = random.Random(seed)
    w = sys.stdout.write
    for i in range(1, n + 1):
        w(json.dumps(record(rng, i), separators=(",", ":"), ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
