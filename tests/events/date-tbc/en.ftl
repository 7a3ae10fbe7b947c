event-series = Side event
event-title = Partnerships for children on the move
event-short-title = Side event: children on the move
event-intro = A side event on the margins of the Forum.
section-purpose-heading = Purpose
section-purpose-body = To share practices that protect children on the move.
org-network = UN Network on Migration
person-chair = Head of Secretariat, UN Network on Migration
