package domain

import (
	"context"

	"gorm.io/gorm/clause"
)

// ClaimJobRun reports whether this instance is the one to run job name for time slot
// slot (time divided by the job's interval). The claim moves the job's last slot forward
// in one conditional update, so of several instances claiming one slot exactly one wins,
// and a slot already run is never claimed again.
func (s *Core) ClaimJobRun(ctx context.Context, name string, slot int64) (bool, error) {
	db := s.DB.WithContext(ctx)
	if err := db.Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "name"}}, DoNothing: true}).
		Create(&ScheduledJob{Name: name}).Error; err != nil {
		return false, DBErr(err, "scheduled job")
	}
	now := s.Now()
	res := db.Model(&ScheduledJob{}).Where("name = ? AND last_slot < ?", name, slot).
		Updates(map[string]any{"last_slot": slot, "ran_by": s.instance, "ran_at": now})
	if res.Error != nil {
		return false, DBErr(res.Error, "scheduled job")
	}
	return res.RowsAffected == 1, nil
}
