-- The plan's coded values as the code states them, for anything that writes to the tables: an outcome's tag
-- is one of the outcomes framework's, and the placement's type is one of the setting types.
alter table plan_outcome add constraint plan_outcome_tag_check check (tag is null or tag in
    ('I_AM_HEARD', 'I_AM_INCLUDED', 'MY_FAMILY_IS_SUPPORTED', 'I_AM_HEALTHY', 'I_AM_AMBITIOUS', 'I_AM_EMOTIONALLY_WELL',
     'I_AM_SAFE'));
alter table plan_version add constraint plan_version_placement_type_check check (placement_type is null or placement_type in
    ('MAINSTREAM_MAINTAINED', 'MAINSTREAM_ACADEMY', 'SPECIAL_MAINTAINED', 'SPECIAL_ACADEMY', 'RESOURCE_BASE', 'INMSS',
     'ALTERNATIVE_PROVISION', 'POST_16', 'EARLY_YEARS'));
