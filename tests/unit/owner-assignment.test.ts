// #13 指定填报科室: the rules for targets the plan left without an owner.
import { describe, expect, it } from "vitest";
import { ownerAssignmentProblem, planNamesNoOwner, unownedTargets } from "../../lib/domain/owner-assignment";

describe("指定填报科室", () => {
  it("is open only where every owner is the bureau's", () => {
    expect(planNamesNoOwner({ owners: [], assignedOwnerIds: [] })).toBe(true);
    expect(planNamesNoOwner({ owners: [{}], assignedOwnerIds: ["s1"] })).toBe(true);
    expect(planNamesNoOwner({ owners: [{}, {}], assignedOwnerIds: ["s1"] })).toBe(false);
  });

  it("refuses a plan-named target, duplicates, other units' sections and more than 10", () => {
    const unit = ["a", "b", "c"];
    expect(ownerAssignmentProblem({ planOwnerCount: 1, sectionIds: ["a"], unitSectionIds: unit })).toBe(
      "本指标的责任科室由计划书规定，请在“编辑计划”中修改",
    );
    expect(ownerAssignmentProblem({ planOwnerCount: 0, sectionIds: ["a", "a"], unitSectionIds: unit })).toBe("科室重复");
    expect(ownerAssignmentProblem({ planOwnerCount: 0, sectionIds: ["x"], unitSectionIds: unit })).toBe("只能指定本单位的科室");
    expect(
      ownerAssignmentProblem({ planOwnerCount: 0, sectionIds: Array.from({ length: 11 }, (_, i) => `s${i}`), unitSectionIds: unit }),
    ).toBe("最多指定 10 个科室");
    expect(ownerAssignmentProblem({ planOwnerCount: 0, sectionIds: [], unitSectionIds: unit })).toBeNull();
    expect(ownerAssignmentProblem({ planOwnerCount: 0, sectionIds: ["b", "a"], unitSectionIds: unit })).toBeNull();
  });

  it("counts active unowned targets and their points, leaving out suspended ones", () => {
    const { targets, points } = unownedTargets([
      { owners: [], points: 80, applicability: "ACTIVE" },
      { owners: [], points: 40, applicability: "SUSPENDED" },
      { owners: [{}], points: 50, applicability: "ACTIVE" },
      { owners: [], points: 40, applicability: "ACTIVE" },
    ]);
    expect(targets).toHaveLength(2);
    expect(points).toBe(120);
  });
});
