// A student the education bureau registers (学籍): the person-level row every other row hangs on.
import { Entity } from 'typeorm';
import { RegisteredPerson } from '../../../../shared/src/entities/persons';

@Entity({ name: 'student' })
export class Student extends RegisteredPerson {}
