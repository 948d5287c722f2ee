// The rules of the service need assessment (domain/assessments.h).
#include "domain/assessments.h"

#include <gtest/gtest.h>

using soku::domain::assessment_conclusion_problem;
using soku::domain::assessment_editable;

TEST(Assessments, CompletingNeedsAConclusion) {
  EXPECT_EQ(assessment_conclusion_problem("2026-03-01", std::nullopt),
            "is required when the assessment is completed");
  EXPECT_FALSE(assessment_conclusion_problem("2026-03-01", "needed"));
}

TEST(Assessments, ADraftMayHaveAConclusionOrNot) {
  EXPECT_FALSE(assessment_conclusion_problem(std::nullopt, std::nullopt));
  EXPECT_FALSE(assessment_conclusion_problem(std::nullopt, "not_needed"));
}

TEST(Assessments, OnlyAnUncompletedAssessmentIsEditable) {
  EXPECT_TRUE(assessment_editable(std::nullopt));
  EXPECT_FALSE(assessment_editable("2026-03-01"));
}
