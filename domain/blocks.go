package domain

import "gorm.io/gorm"

// Blocks reports whether blocker has blocked blocked (a Block): the blocked person may
// not invite or mention the blocker.
func Blocks(tx *gorm.DB, blockerID, blockedID int64) (bool, error) {
	if blockerID == 0 || blockedID == 0 {
		return false, nil
	}
	var n int64
	err := tx.Model(&Block{}).Where("blocker_id = ? AND blocked_id = ?", blockerID, blockedID).Count(&n).Error
	return n > 0, DBErr(err, "blocks")
}
