-- An offer keeps the room of the appointment whose time was freed, when the room is still free for the offered
-- time: booking the offer books the patient into that room too, as the freed appointment was.
ALTER TABLE wait_list_offer ADD COLUMN room_id uuid REFERENCES room (id);
